-- "Deadline near" reminders (ADR 0008): messaging keeps the deadlines of open cases as the case
-- events tell them (it never reads the cases module's tables), and the reminder sweep claims each
-- deadline with a conditional update (reminded_* set to the deadline it reminds of), so on several
-- nodes one reminder goes per deadline, and a renewed deadline (rework, extension) is reminded again.
create table messaging_case_deadline (
    case_number      varchar(18)  not null,
    station_code     varchar(40),
    status           varchar(20)  not null,
    acknowledge_by   timestamp with time zone,
    handle_by        timestamp with time zone,
    case_version     bigint       not null,
    ack_reminded     timestamp with time zone,
    handle_reminded  timestamp with time zone,
    constraint pk_messaging_case_deadline primary key (case_number)
);
create index messaging_case_deadline_ack on messaging_case_deadline (status, acknowledge_by);
create index messaging_case_deadline_handle on messaging_case_deadline (status, handle_by);
