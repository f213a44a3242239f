-- Call-backs (回访): the command centre's queue of closed cases whose reporter left a phone and did
-- not rate online. One row per case (a case is rated at most once, so it is called back at most
-- once); each call is a row of callback_attempt, numbered 1, 2, 3 — the number is the key, so the
-- same call recorded twice (a double click, a retried request) is one call.
create table callback_case (
    case_number   varchar(18)  not null,
    district_code varchar(12)  not null,
    station_code  varchar(40),
    squad_code    varchar(40),
    closed_at     timestamp with time zone not null,
    -- OPEN: to call; ANSWERED: the reporter answered (see outcome); UNREACHABLE: not reached on the
    -- last allowed call; RATED: the reporter rated online first
    status        varchar(12)  not null,
    attempts      integer      not null default 0,
    outcome       varchar(20),
    last_call_at  timestamp with time zone,
    finished_at   timestamp with time zone,
    constraint pk_callback_case primary key (case_number),
    constraint callback_case_status_check check (status in ('OPEN', 'ANSWERED', 'UNREACHABLE', 'RATED'))
);
create index callback_case_queue on callback_case (district_code, status, closed_at);

create table callback_attempt (
    case_number varchar(18)  not null,
    attempt     integer      not null,
    outcome     varchar(20)  not null,
    note        varchar(500),
    called_by   varchar(64)  not null,
    caller_name varchar(100) not null,
    called_at   timestamp with time zone not null,
    constraint pk_callback_attempt primary key (case_number, attempt),
    constraint callback_attempt_outcome_check
        check (outcome in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'NOT_REACHED'))
);
