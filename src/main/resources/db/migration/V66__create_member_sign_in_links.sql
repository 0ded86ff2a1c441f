-- The members' space signs in without a password: a link e-mailed to a member's address, used once within minutes.
-- Only the token's SHA-256 is kept. A row is written for an unknown address too (same statements whatever the
-- address), and opens nothing, as no member has that address.
create table members_sign_in_link (
    token_hash varchar(64)  primary key,
    email      varchar(320) not null,
    created_at timestamptz  not null,
    expires_at timestamptz  not null,
    used_at    timestamptz
);
create index members_sign_in_link_expiry_idx on members_sign_in_link (expires_at);
create index members_sign_in_link_email_idx on members_sign_in_link (email);

-- Asking for a sign-in link counts in the forms' rate limits (org.icmf.web.FormAttempts).
alter table form_attempt drop constraint membership_form_attempt_form_check;
alter table form_attempt add constraint membership_form_attempt_form_check
    check (form in ('PERSONAL_DATA', 'APPLICATION', 'MEMBER_SIGN_IN'));
