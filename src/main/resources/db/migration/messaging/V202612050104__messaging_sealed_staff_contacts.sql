-- Staff members' own e-mail addresses and phones for messages are stored sealed (SM4, org.steward.privacy).
alter table messaging_staff_contact alter column email set data type varchar(1500);
alter table messaging_staff_contact alter column phone set data type varchar(200);
