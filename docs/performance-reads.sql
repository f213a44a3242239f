\pset pager off
\set now '''2026-12-05 00:00:00+00'''
\echo '### 1. Command centre, all cases (district scope), first page'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' order by created_at desc, id desc limit 21 offset 0;
\echo '### 1c. ... its capped count'
explain (analyze, buffers, costs off) select count(*) from (select 1 from case_file where 1 = 1 and district_code = '410105' limit 10001) matching;
\echo '### 2. Command centre, a deep page by cursor (keyset)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' and (created_at, id) < (timestamptz '2025-06-01 00:00:00+00', 500000) order by created_at desc, id desc limit 21 offset 0;
\echo '### 2o. The same depth by offset (page 20,000 of 20): what keyset avoids'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' order by created_at desc, id desc limit 21 offset 400000;
\echo '### 3. Station head, status DISPATCHED (station scope)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and station_code = 'yuantian' and status in ('DISPATCHED') order by created_at desc, id desc limit 21 offset 0;
\echo '### 3c. ... its capped count'
explain (analyze, buffers, costs off) select count(*) from (select 1 from case_file where 1 = 1 and station_code = 'yuantian' and status in ('DISPATCHED') limit 10001) matching;
\echo '### 4. Station head, no filter (station scope)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and station_code = 'yuantian' order by created_at desc, id desc limit 21 offset 0;
\echo '### 5. Station board: open statuses of a station'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and station_code = 'yuantian' and status in ('DISPATCHED','ACKNOWLEDGED','ON_SITE','HANDLED','ESCALATED') and station_code = 'yuantian' order by created_at desc, id desc limit 201 offset 0;
\echo '### 6. Command centre, filtered by station and CLOSED'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' and status in ('CLOSED') and station_code = 'guanhutun' order by created_at desc, id desc limit 21 offset 0;
\echo '### 6c. ... its capped count'
explain (analyze, buffers, costs off) select count(*) from (select 1 from case_file where 1 = 1 and district_code = '410105' and status in ('CLOSED') and station_code = 'guanhutun' limit 10001) matching;
\echo '### 7. Squad leader, no filter (squad scope)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and squad_code = 'dongfeng' order by created_at desc, id desc limit 21 offset 0;
\echo '### 7c. Squad leader, status HANDLED: capped count'
explain (analyze, buffers, costs off) select count(*) from (select 1 from case_file where 1 = 1 and squad_code = 'dongfeng' and status in ('HANDLED') limit 10001) matching;
\echo '### 8. Community staff (community scope)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and community_code = '410105010001' order by created_at desc, id desc limit 21 offset 0;
\echo '### 9. Command centre, by category'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' and category_code = '0502' order by created_at desc, id desc limit 21 offset 0;
\echo '### 9c. ... its capped count'
explain (analyze, buffers, costs off) select count(*) from (select 1 from case_file where 1 = 1 and district_code = '410105' and category_code = '0502' limit 10001) matching;
\echo '### 10. Command centre, status ESCALATED (a rare status)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' and status in ('ESCALATED') order by created_at desc, id desc limit 21 offset 0;
\echo '### 11. Command queue (escalated to the command centre)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' and status = 'ESCALATED' and escalated_to = 'COMMAND_CENTRE' order by created_at desc, id desc limit 21 offset 0;
\echo '### 12. Overdue only'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' and (status in ('DISPATCHED','ACKNOWLEDGED','ON_SITE') and (handle_by < :now or (status = 'DISPATCHED' and acknowledge_by < :now))) order by created_at desc, id desc limit 21 offset 0;
\echo '### 13. A date range (one week, a year ago)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' and created_at >= timestamptz '2025-12-01 00:00:00+08' and created_at < timestamptz '2025-12-08 00:00:00+08' order by created_at desc, id desc limit 21 offset 0;
\echo '### 13c. ... its capped count'
explain (analyze, buffers, costs off) select count(*) from (select 1 from case_file where 1 = 1 and district_code = '410105' and created_at >= timestamptz '2025-12-01 00:00:00+08' and created_at < timestamptz '2025-12-08 00:00:00+08' limit 10001) matching;
\echo '### 14. An officer''s own open cases (my tasks)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and station_code = 'yuantian' and status in ('DISPATCHED','ACKNOWLEDGED','ON_SITE','HANDLED','ESCALATED') and assigned_officer_code = (select assigned_officer_code from case_file where assigned_officer_code is not null limit 1) order by created_at desc, id desc limit 101 offset 0;
\echo '### 15. Search: the beginning of a case number'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' and case_number between '410105-2026-000100' and '410105-2026-000199' order by created_at desc, id desc limit 21 offset 0;
\echo '### 15b. Search: a whole case number'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and station_code = 'yuantian' and case_number between '410105-2026-000123' and '410105-2026-000123' order by created_at desc, id desc limit 21 offset 0;
\echo '### 16. Search: 园田 (a station''s name, so also its station''s cases)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' and (lower(address) like '%园田%' escape '\' or lower(description) like '%园田%' escape '\' or station_code in ('yuantian')) order by created_at desc, id desc limit 21 offset 0;
\echo '### 16c. ... its capped count'
explain (analyze, buffers, costs off) select count(*) from (select 1 from case_file where 1 = 1 and district_code = '410105' and (lower(address) like '%园田%' escape '\' or lower(description) like '%园田%' escape '\' or station_code in ('yuantian')) limit 10001) matching;
\echo '### 17. Search: a word few cases have (worst case: every case of the scope is read)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and district_code = '410105' and (lower(address) like '%违建%' escape '\' or lower(description) like '%违建%' escape '\') and (lower(address) like '%188 号%' escape '\' or lower(description) like '%188 号%' escape '\') order by created_at desc, id desc limit 21 offset 0;
\echo '### 18. Case detail: the case, all its evidence, its timeline'
explain (analyze, buffers, costs off) select * from case_file where case_number = '410105-2026-000123';
explain (analyze, buffers, costs off) select timeline_id, evidence_id, content_type, sha256, size_bytes from case_evidence where case_id = 500000 order by id;
explain (analyze, buffers, costs off) select * from case_timeline where case_id = 500000 order by happened_at, id;
\echo '### 7d. Squad leader, no filter: capped count'
explain (analyze, buffers, costs off) select count(*) from (select 1 from case_file where 1 = 1 and squad_code = 'dongfeng' limit 10001) matching;
\echo '### 8c. Community staff: capped count'
explain (analyze, buffers, costs off) select count(*) from (select 1 from case_file where 1 = 1 and community_code = '410105010001' limit 10001) matching;
\echo '### 14b. An officer with few open cases (every open case that is ESCALATED)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and station_code = 'yuantian' and status in ('ESCALATED') and assigned_officer_code = 'officer.yuantian1' order by created_at desc, id desc limit 101 offset 0;
\echo '### 14c. An officer with no open case at all'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and station_code = 'yuantian' and status in ('DISPATCHED','ACKNOWLEDGED','ON_SITE','HANDLED','ESCALATED') and assigned_officer_code = 'officer.nobody' order by created_at desc, id desc limit 101 offset 0;
\echo '### 5b. Station board of a station with no open case'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and station_code = 'nowhere' and status in ('DISPATCHED','ACKNOWLEDGED','ON_SITE','HANDLED','ESCALATED') order by created_at desc, id desc limit 201 offset 0;
\echo '### 4b. A station with few cases (no filter)'
explain (analyze, buffers, costs off) select * from case_file where 1 = 1 and station_code = 'nowhere' order by created_at desc, id desc limit 21 offset 0;
