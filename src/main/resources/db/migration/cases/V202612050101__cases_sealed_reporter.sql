-- The case's copy of the reporter's name and phone is stored sealed (SM4, org.steward.privacy).
alter table case_file alter column reporter_name set data type varchar(700);
alter table case_file alter column reporter_phone set data type varchar(300);
