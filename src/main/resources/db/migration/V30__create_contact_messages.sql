-- Messages sent through the public contact form (/contact), to the board or to a regional representative.
-- Personal data: deleted after icmf.contact.retention by a nightly job, or on its sender's request (RGPD).
-- The client address is never stored, only a keyed hash of it (SpamGuard.addressHash) for the rate limit.
create table contact_message (
    id                  bigint generated always as identity primary key,
    -- INBOX: to handle; HANDLED: handled; SPAM: kept aside by the spam rules or by the board, restorable.
    folder              varchar(10)  not null check (folder in ('INBOX', 'HANDLED', 'SPAM')),
    topic               varchar(20)  not null check (topic in ('MEMBERSHIP', 'PRESS', 'PARTNERSHIP', 'EVENTS', 'OTHER',
                                                             'REPRESENTATIVE')),
    -- The region whose representative it was written to, and their name then (never their e-mail).
    region              varchar(40),
    representative_name varchar(210),
    sender_name         varchar(100) not null,
    sender_email        varchar(320) not null,
    organisation        varchar(200),
    body                text         not null check (length(body) between 1 and 5000),
    consented_at        timestamptz  not null,
    created_at          timestamptz  not null,
    address_hash        varchar(43)  not null,
    -- SHA-256 of the form's stamp, e-mail and text: the same form sent twice is recognised.
    submission_key      varchar(64)  not null unique,
    -- The confirmation page's link (shown to the sender right after sending): only its hash, for an hour.
    receipt_token_hash  varchar(64)  unique,
    receipt_expires_at  timestamptz,
    handled_at          timestamptz,
    handled_by_name     varchar(120)
);
-- The inbox: one folder, newest first (and the dashboard's count of messages to handle).
create index contact_message_folder_idx on contact_message (folder, created_at desc, id desc);
-- The rate limit: recent messages per client address and per e-mail; the e-mail one also serves RGPD requests.
create index contact_message_address_idx on contact_message (address_hash, created_at);
create index contact_message_email_idx on contact_message (lower(sender_email), created_at);
-- The retention job: messages older than the limit, whatever their folder.
create index contact_message_created_idx on contact_message (created_at);

-- The board's replies by e-mail, kept with the message they answer.
create table contact_reply (
    id           bigint generated always as identity primary key,
    message_id   bigint        not null references contact_message (id) on delete cascade,
    body         text          not null check (length(body) between 1 and 10000),
    sent_at      timestamptz   not null,
    sent_by_name varchar(120)  not null
);
create index contact_reply_message_idx on contact_reply (message_id, sent_at, id);

-- The outbox mails a message caused (to the board, the representative, the sender, the replies): they repeat
-- its text, so they are deleted with it (id only: the outbox belongs to the mail module).
create table contact_message_mail (
    message_id bigint not null references contact_message (id) on delete cascade,
    mail_id    bigint not null,
    primary key (message_id, mail_id)
);
