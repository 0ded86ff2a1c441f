-- Board members who run the site. E-mails are stored lower-cased (the service normalises them).
create table board_account (
    id            bigint generated always as identity primary key,
    email         varchar(254) not null unique check (email = lower(email)),
    display_name  varchar(120) not null,
    password_hash varchar(255) not null,
    active        boolean      not null default true,
    last_login_at timestamptz,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);

create table board_account_role (
    account_id bigint      not null references board_account (id) on delete cascade,
    role       varchar(20) not null check (role in ('ADMIN', 'EDITOR', 'MODERATOR', 'TREASURER')),
    primary key (account_id, role)
);

-- Failed logins, kept in the database so that throttling holds across restarts and app instances.
create table security_login_failure (
    id             bigint generated always as identity primary key,
    email          varchar(254) not null,
    remote_address varchar(64)  not null,
    failed_at      timestamptz  not null default now()
);
create index security_login_failure_email_idx on security_login_failure (email, failed_at);
create index security_login_failure_address_idx on security_login_failure (remote_address, failed_at);
