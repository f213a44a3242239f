-- Photos other modules keep as evidence through intake's Photos facade (e.g. a department's
-- progress on a joint-handling task). Files are the same content-addressed store as report
-- photos; a row here keeps a file from being removed when another request rolls back.
create table intake_evidence (
    id            varchar(36)  primary key,
    owner         varchar(100) not null,
    sort_order    integer      not null,
    sha256        varchar(64)  not null,
    content_type  varchar(20)  not null,
    size_bytes    bigint       not null,
    stored_at     timestamp with time zone not null
);

create index ix_intake_evidence_sha256 on intake_evidence (sha256);
create index ix_intake_evidence_owner on intake_evidence (owner);
