-- 转办: a case that is not the stations' to handle (outside the service area, another body's duty)
-- goes to a named outside body with a reason and leaves the queue (status TRANSFERRED).
alter table case_file add column transferred_to varchar(100);
alter table case_file add column transfer_reason varchar(1000);
