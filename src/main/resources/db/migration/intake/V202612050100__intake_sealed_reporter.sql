-- Reporters' names and phones are stored sealed (SM4, org.steward.privacy): room for the sealed form of
-- the longest value intake accepts (4 bytes a character, nonce, tag, Base64, key prefix).
-- Rows written before are sealed by the privacy module's resealing when a node starts.
alter table intake_report alter column reporter_name set data type varchar(400);
alter table intake_report alter column reporter_phone set data type varchar(256);
