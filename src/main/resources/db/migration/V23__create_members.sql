-- The board's decision on an application, and the members it accepts. A member keeps their number
-- (year of acceptance and rank in that year, "2026-0042") for good.
alter table membership_application
    add column decided_at       timestamptz,
    add column decided_by_name  varchar(120),
    add column decision_message varchar(2000);

-- Numbers of the form 2026-0042 (members, receipts), counted per kind and year.
create table membership_number_counter (
    kind varchar(10) not null,
    year integer     not null,
    last integer     not null,
    primary key (kind, year)
);

create table membership_member (
    id                bigint generated always as identity primary key,
    member_number     varchar(12)  not null unique,
    application_id    bigint       not null unique references membership_application (id),
    civility          varchar(10),
    first_name        varchar(100) not null,
    last_name         varchar(100) not null,
    email             varchar(320) not null,
    phone             varchar(20),
    street_address    varchar(200) not null,
    postal_code       varchar(20)  not null,
    city              varchar(100) not null,
    country           varchar(100) not null,
    region            varchar(40)  not null,
    organisation      varchar(200),
    sector            varchar(100),
    job_title         varchar(150),
    directory_opt_in  boolean      not null,
    reminders_opt_out boolean      not null default false,
    joined_at         timestamptz  not null
);
create unique index membership_member_email_idx on membership_member (lower(email));
-- The members list: by name; and by region for the directory and the representatives.
create index membership_member_name_idx on membership_member (last_name, first_name, id);
create index membership_member_region_idx on membership_member (region, last_name);
