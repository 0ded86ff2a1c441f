-- What /mes-donnees and /adherer were asked, counted for their rate limits: per client address (a keyed hash, every
-- attempt) and per e-mail (attempts within the limits, known address or not, so the count reveals nothing).
-- Kept a day at most (nightly purge), and erased with the address's other data.
create table membership_form_attempt (
    id           bigint generated always as identity primary key,
    form         varchar(20)  not null check (form in ('PERSONAL_DATA', 'APPLICATION')),
    email        varchar(320) not null,
    address_hash varchar(43)  not null,
    accepted     boolean      not null,
    created_at   timestamptz  not null
);
create index membership_form_attempt_email_idx on membership_form_attempt (form, email, created_at) where accepted;
create index membership_form_attempt_address_idx on membership_form_attempt (form, address_hash, created_at);
create index membership_form_attempt_created_idx on membership_form_attempt (created_at);
