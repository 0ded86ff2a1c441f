-- The login throttle counts each attempt before the password is checked, in one statement, per client address and
-- e-mail pair and per client address; a success clears its pair. Keys are SHA-256 digests of the normalised e-mail
-- and of the address: nothing typed is stored as is. Replaces security_login_failure (one row per failure, counted
-- per e-mail, which let anyone lock an account out).
drop table security_login_failure;

create table security_login_pair (
    address_key     bytea       not null,
    email_key       bytea       not null,
    failures        int         not null,
    last_failure_at timestamptz not null,
    primary key (address_key, email_key)
);
create index security_login_pair_last_failure_idx on security_login_pair (last_failure_at);

create table security_login_address (
    address_key     bytea       primary key,
    failures        int         not null,
    last_failure_at timestamptz not null
);
create index security_login_address_last_failure_idx on security_login_address (last_failure_at);
