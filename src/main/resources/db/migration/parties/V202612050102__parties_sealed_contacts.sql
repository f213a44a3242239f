-- Party contacts' names and phones are stored sealed (SM4, org.steward.privacy); the phone's keyed
-- hash (HMAC-SM3) beside it is what a search by phone number compares.
alter table enforcement_party_contact alter column name set data type varchar(700);
alter table enforcement_party_contact alter column phone set data type varchar(300);
alter table enforcement_party_contact add column phone_hash varchar(64);
create index enforcement_party_contact_phone_hash on enforcement_party_contact (phone_hash);
