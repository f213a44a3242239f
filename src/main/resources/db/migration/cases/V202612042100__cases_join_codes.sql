-- What the public "same problem? add your voice" offer names a case by: a random code of its own,
-- neither the reporter's tracking code (which lets its holder rate the case) nor the sequential
-- case number (which anyone could guess). Drawn the first time the case is offered.
create table case_join_code (
    case_id    bigint       primary key references case_file (id),
    join_code  varchar(10)  not null,
    constraint uq_case_join_code unique (join_code)
);

-- a supporter ("me too") follows the case by a tracking code of its own
create index ix_case_supporter_tracking on case_supporter (tracking_code);
