-- Residents' update addresses and messages' recipients are stored sealed (SM4, org.steward.privacy);
-- the keyed hash (HMAC-SM3) beside each is what matches a recipient: its messages in order, its hourly
-- limit, the messages a stop link drops.
alter table messaging_subscription alter column address set data type varchar(1500);
alter table messaging_subscription add column address_hash varchar(64);
drop index messaging_message_recipient;
alter table messaging_message alter column recipient set data type varchar(1500);
alter table messaging_message add column recipient_hash varchar(64);
create index messaging_message_recipient_hash on messaging_message (channel, recipient_hash, id);
