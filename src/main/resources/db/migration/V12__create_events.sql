-- Events (the monthly Café des Community managers, the Awards night, the rally, video conferences, …) and
-- the registrations to them. Times are instants; they are shown and entered in Europe/Paris.
create table event (
    id                    bigint generated always as identity primary key,
    slug                  varchar(100) not null unique,
    title                 varchar(200) not null,
    category              varchar(30)  not null check (category in ('CAFE', 'AWARDS', 'RALLY', 'VIDEO_CONFERENCE',
                                                                    'FAIR', 'TRAINING', 'MONTHLY_MEETING')),
    description_markdown  text         not null,
    description_html      text         not null,
    starts_at             timestamptz  not null,
    ends_at               timestamptz,
    venue_name            varchar(200),
    street_address        varchar(200),
    postal_code           varchar(20),
    city                  varchar(100),
    country               varchar(100),
    access_notes          varchar(300),
    online_url            varchar(500),
    organiser             varchar(200),
    price                 varchar(100) not null,
    capacity              integer check (capacity > 0),
    max_companions        integer      not null check (max_companions between 0 and 20),
    registration_deadline timestamptz,
    cancelled             boolean      not null default false,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint event_ends_after_start check (ends_at is null or ends_at >= starts_at)
);
-- Upcoming events soonest first, past ones newest first: both walk this index.
create index event_starts_idx on event (starts_at);

-- A person registered to an event, with the companions they bring (capacity counts 1 + companions).
create table event_registration (
    id               bigint generated always as identity primary key,
    event_id         bigint       not null references event (id) on delete cascade,
    first_name       varchar(100) not null,
    last_name        varchar(100) not null,
    email            varchar(320) not null,
    organisation     varchar(200),
    companions       integer      not null check (companions >= 0),
    status           varchar(16)  not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    consent_at       timestamptz  not null,
    created_at       timestamptz  not null,
    cancelled_at     timestamptz,
    reminder_sent_at timestamptz
);
-- One active registration per e-mail and event, whatever the letter case.
create unique index event_registration_email_idx on event_registration (event_id, lower(email))
    where status <> 'CANCELLED';
-- Per-event lists and seat counts, the waitlist in order of arrival.
create index event_registration_event_idx on event_registration (event_id, status, created_at, id);

-- Links e-mailed to a registrant to see or cancel their registration: 256-bit random tokens stored as
-- SHA-256 hashes only, one per e-mail sent, valid until some days after the event.
create table event_registration_token (
    token_hash      char(64)    primary key,
    registration_id bigint      not null references event_registration (id) on delete cascade,
    created_at      timestamptz not null,
    expires_at      timestamptz not null
);
create index event_registration_token_registration_idx on event_registration_token (registration_id);
