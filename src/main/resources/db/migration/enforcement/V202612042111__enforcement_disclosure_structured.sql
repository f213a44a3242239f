-- A disclosure (行政处罚法第四十八条) holds only structured fields of the decision: the penalty type, the
-- amount, the legal basis and the decision's date; free-text notes are no longer published. A revoked
-- decision is withdrawn within three (working) days; its revocation and withdrawal are recorded.
alter table enforcement_disclosure add column penalty_type varchar(50);
alter table enforcement_disclosure add column amount numeric(12, 2);
alter table enforcement_disclosure add column legal_basis varchar(500);
alter table enforcement_disclosure add column decided_at timestamp with time zone;
alter table enforcement_disclosure add column revoked_at timestamp with time zone;
alter table enforcement_disclosure add column revoked_by varchar(100);
alter table enforcement_disclosure add column withdraw_due timestamp with time zone;
-- what was published from free text before is not shown any more
update enforcement_disclosure set summary = '';
