-- The staff case list filtered by station and status (the boards and /cases?station=…&status=…)
-- counts the matching rows and reads the newest 50. With only (station_code, status) PostgreSQL
-- visited every matching row of the table to check the data scope (district_code) and sort by
-- created_at: at 1,000,000 cases a station's CLOSED list took seconds (bench/run). With the scope
-- column and the sort key in the index the count is an index-only scan and the page an ordered
-- index scan that stops after 50 rows.
create index ix_case_file_station_list on case_file (station_code, status, district_code, created_at, id);
