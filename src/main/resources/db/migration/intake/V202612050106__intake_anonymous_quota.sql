-- What each address sent without an account on a calendar day of the district, counted in the database so
-- that every node behind the load balancer applies one limit (org.steward.intake.AnonymousQuota). Rows of
-- days before yesterday are deleted as new ones are written.
create table intake_anonymous_quota (
    address      varchar(64)  not null,
    quota_day    date         not null,
    reports      integer      not null,
    photo_bytes  bigint       not null,
    primary key (address, quota_day)
);
create index intake_anonymous_quota_day on intake_anonymous_quota (quota_day);
