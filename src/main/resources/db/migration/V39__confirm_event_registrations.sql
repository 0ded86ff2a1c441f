-- Sign-ups from the public form are PENDING until their address is confirmed by the e-mailed link; they take no
-- seat. The seat (or the waitlist place) is given at confirmation, so the waitlist is ordered by confirmed_at.
alter table event_registration drop constraint event_registration_status_check;
alter table event_registration add constraint event_registration_status_check
    check (status in ('PENDING', 'CONFIRMED', 'WAITLISTED', 'CANCELLED'));
alter table event_registration add column confirmed_at timestamptz;
-- Keyed hash of the client address of a public sign-up (rate limit), never the address itself.
alter table event_registration add column address_hash varchar(43);
update event_registration set confirmed_at = created_at;
alter table event_registration add constraint event_registration_confirmed_check
    check ((status = 'PENDING') = (confirmed_at is null));
drop index event_registration_event_idx;
create index event_registration_event_idx on event_registration (event_id, status, confirmed_at, id);
-- The purge of unconfirmed sign-ups.
create index event_registration_pending_idx on event_registration (created_at) where status = 'PENDING';

-- A token is for one purpose only: the personal link (see, cancel) or confirming the address of a sign-up.
alter table event_registration_token add column purpose varchar(16) not null default 'LINK'
    check (purpose in ('LINK', 'CONFIRMATION'));
alter table event_registration_token alter column purpose drop default;

-- Each reminder is recorded here, in the transaction that queues it and before queuing it: a second run or a
-- second instance inserts nothing, so queues nothing.
create table event_reminder (
    registration_id bigint      primary key references event_registration (id) on delete cascade,
    sent_at         timestamptz not null
);
insert into event_reminder (registration_id, sent_at)
select id, reminder_sent_at from event_registration where reminder_sent_at is not null;
alter table event_registration drop column reminder_sent_at;

-- Every public request that makes the site write to an address (sign-up, "renvoyer le courriel"), counted per
-- client address and per e-mail for the rate limit; both are keyed hashes. Deleted hourly once older than the
-- rate window.
create table event_mail_request (
    id           bigint generated always as identity primary key,
    address_hash varchar(43) not null,
    email_hash   varchar(43) not null,
    created_at   timestamptz not null
);
create index event_mail_request_address_idx on event_mail_request (address_hash, created_at);
create index event_mail_request_email_idx on event_mail_request (email_hash, created_at);
