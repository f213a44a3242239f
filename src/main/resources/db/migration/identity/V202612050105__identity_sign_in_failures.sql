-- Failed sign-ins, counted in the database so that every node behind the load balancer slows the same
-- guesser (org.steward.identity.SignInThrottle). One row per address ('address|<ip>') and per account seen
-- from an address ('account|<ip>|<SHA-256 of the user name>'); account_hash lets an administrator's unlock
-- find an account's rows. Rows quiet for a day are deleted.
create table identity_sign_in_failure (
    throttle_key  varchar(200) primary key,
    account_hash  varchar(64),
    failures      integer not null,
    last_at       timestamp with time zone not null
);
create index identity_sign_in_failure_account on identity_sign_in_failure (account_hash);
create index identity_sign_in_failure_last on identity_sign_in_failure (last_at);
