-- The whole-process record: an append-only chain; each entry's hash covers the previous hash.
create table audit_entry (
    seq bigint primary key,
    recorded_at timestamp with time zone not null,
    actor varchar(100) not null,
    subject varchar(100) not null,
    action varchar(64) not null,
    place varchar(100),
    details varchar(4000) not null,
    evidence_hashes varchar(4000) not null,
    prev_hash varchar(64) not null,
    entry_hash varchar(64) not null
);

-- One row; appends lock it so that several nodes keep one chain.
create table audit_chain_head (
    id integer primary key,
    last_seq bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
