-- Case numbers come from one sequence per district and year (case_number_410105_2026), created by
-- the application on the district-year's first registration, starting after the highest number
-- stored (ADR 0005). The counter row it replaces was locked by every registration until commit.
drop table case_number_counter;
