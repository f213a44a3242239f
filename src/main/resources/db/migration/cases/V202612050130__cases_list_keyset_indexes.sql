-- Case lists page by keyset (created_at desc, id desc: "newest first", resumed after the last row
-- shown) and count up to 10,001 matching rows. Each index below starts with what a list filters on
-- by equality, continues with the sort key, so a page is an ordered index range scan that stops
-- after one page of rows however deep it is, and ends with the other columns the list filters on,
-- so the capped count is an index-only scan. One per way a list is scoped or filtered; the plans
-- are recorded in docs/performance-reads.md.

-- the command centre's and administrators' lists (district scope), with or without a date range
create index ix_case_file_district_list on case_file (district_code, created_at, id, status);
-- a status the district rarely has (ESCALATED, the command queue; HANDLED, to verify)
create index ix_case_file_status_list on case_file (status, district_code, created_at, id, escalated_to);
-- a squad leader's lists, and community staff's
create index ix_case_file_squad_list on case_file (squad_code, created_at, id, status);
create index ix_case_file_community_list on case_file (community_code, created_at, id, status);
-- an officer's own cases ("my tasks")
create index ix_case_file_officer_list on case_file (assigned_officer_code, status, created_at, id, station_code);
-- a category's cases, newest first; also "open cases of this category near here since…" (merge
-- suggestions, "me too"), which filtered (category, status) and sorted every open case of it
create index ix_case_file_category_list on case_file (category_code, created_at, id, status, district_code);
drop index ix_case_file_category;
-- the first two columns of ix_case_file_station_list: every query it served, that index serves
drop index ix_case_file_station_status;
