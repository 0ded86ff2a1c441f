-- Renewal reminders: last year's members who have not paid this year get one reminder per year; each
-- carries a link to stop them (stored hashed).
create table membership_renewal_reminder (
    id                     bigint generated always as identity primary key,
    member_id              bigint      not null references membership_member (id) on delete cascade,
    year                   integer     not null,
    sent_at                timestamptz not null,
    unsubscribe_token_hash varchar(64) not null unique,
    unique (member_id, year)
);
