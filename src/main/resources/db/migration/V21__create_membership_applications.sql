-- Applications for membership (adhésion). Personal data: kept while useful and purged by scheduled jobs
-- (unconfirmed applications after icmf.membership.confirmation-validity).
create table membership_application (
    id                  bigint generated always as identity primary key,
    reference           varchar(20)   not null unique,
    status              varchar(20)   not null check (status in ('UNCONFIRMED', 'PENDING', 'INFO_REQUESTED',
                                                                 'ACCEPTED', 'REJECTED')),
    civility            varchar(10)   check (civility in ('MME', 'M', 'AUTRE')),
    first_name          varchar(100)  not null,
    last_name           varchar(100)  not null,
    email               varchar(320)  not null,
    phone               varchar(20),
    street_address      varchar(200)  not null,
    postal_code         varchar(20)   not null,
    city                varchar(100)  not null,
    country             varchar(100)  not null,
    region              varchar(40)   not null,
    organisation        varchar(200),
    sector              varchar(100),
    job_title           varchar(150),
    years_of_practice   integer       check (years_of_practice between 0 and 60),
    heard_from          varchar(200),
    motivation          varchar(2000),
    volunteer_regional  boolean       not null,
    volunteer_roles     varchar(200)  not null,
    fee_amount          numeric(8, 2) not null check (fee_amount > 0),
    directory_opt_in    boolean       not null,
    consented_at        timestamptz   not null,
    created_at          timestamptz   not null,
    confirm_token_hash  varchar(64)   unique,
    confirm_expires_at  timestamptz,
    confirmed_at        timestamptz
);
-- One open application per e-mail, whatever the letter case.
create unique index membership_application_open_email_idx on membership_application (lower(email))
    where status in ('UNCONFIRMED', 'PENDING', 'INFO_REQUESTED');
-- The treasurer's list (by status, newest first) and the purge of expired confirmations.
create index membership_application_status_idx on membership_application (status, created_at desc, id desc);
create index membership_application_unconfirmed_idx on membership_application (confirm_expires_at)
    where status = 'UNCONFIRMED';
