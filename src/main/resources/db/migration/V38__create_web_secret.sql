-- Secrets the site draws itself when none is configured, shared by every instance and kept across restarts:
-- the form-signing and client-address hashing key of SpamGuard. The first start inserts it if absent, then
-- every instance reads the same row.
create table web_secret (
    name       varchar(50) primary key,
    value      varchar(100) not null,
    created_at timestamptz  not null default now()
);
