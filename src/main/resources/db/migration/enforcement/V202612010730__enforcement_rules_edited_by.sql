-- Who last changed an exemption or a benchmark row, and when (each change is also in the audit chain).
alter table enforcement_exemption add column updated_by varchar(100);
alter table enforcement_exemption add column updated_at timestamp with time zone;
alter table enforcement_benchmark add column updated_by varchar(100);
alter table enforcement_benchmark add column updated_at timestamp with time zone;
