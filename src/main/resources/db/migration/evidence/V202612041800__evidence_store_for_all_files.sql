-- The evidence store keeps photos and evidence files of every module (issue 10): its registry
-- (the table keeps its first name) takes any declared type, and every report photo gets a row
-- too (same id), so a file is removed after a rollback only when no row anywhere keeps it.
alter table intake_evidence alter column content_type set data type varchar(100);

insert into intake_evidence (id, owner, sort_order, sha256, content_type, size_bytes, stored_at)
select p.id, concat('intake-report:', cast(p.report_id as varchar(20))), p.sort_order, p.sha256, p.content_type,
       p.size_bytes, r.received_at
from intake_photo p join intake_report r on r.id = p.report_id;
