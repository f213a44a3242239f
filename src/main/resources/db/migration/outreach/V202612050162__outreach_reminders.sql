-- Reminders the outreach module has raised (session tomorrow, invitations sent): one row per
-- reminder key, so with several nodes sweeping each reminder is raised once (the node whose insert
-- counted one row publishes it).
create table outreach_reminder (
    reminder_key varchar(120) not null,
    raised_at    timestamp with time zone not null,
    constraint pk_outreach_reminder primary key (reminder_key)
);
