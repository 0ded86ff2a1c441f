-- The newsletter: subscribers (double opt-in), issues the board composes, and one delivery row per issue and
-- subscriber, so that sending is idempotent across restarts and instances.
create table newsletter_subscriber (
    id                  bigint generated always as identity primary key,
    email               varchar(254) not null unique,
    status              varchar(20)  not null check (status in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
    created_at          timestamptz  not null,
    -- the pending confirmation link: hashed, single use, cleared once used
    confirm_token_hash  char(64) unique,
    confirm_expires_at  timestamptz,
    -- consent as given: when and through what (the form, the members' space)
    consented_at        timestamptz,
    consent_source      varchar(30),
    unsubscribed_at     timestamptz,
    unsubscribe_source  varchar(30)
);
create index newsletter_subscriber_confirmed_idx on newsletter_subscriber (id) where status = 'CONFIRMED';
create index newsletter_subscriber_purge_idx on newsletter_subscriber (status, created_at);

create table newsletter_issue (
    id                    bigint generated always as identity primary key,
    number                integer unique,
    title                 varchar(200) not null,
    introduction_markdown text         not null,
    introduction_html     text         not null,
    status                varchar(20)  not null check (status in ('DRAFT', 'SENDING', 'SENT')),
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    sending_started_at    timestamptz,
    sent_at               timestamptz,
    recipients            integer
);

-- What an issue presents (a post, an event), as it was when the board picked it.
create table newsletter_issue_item (
    issue_id  bigint       not null references newsletter_issue (id) on delete cascade,
    position  integer      not null,
    kind      varchar(10)  not null check (kind in ('POST', 'EVENT')),
    reference varchar(200) not null,
    title     varchar(300) not null,
    url       varchar(500) not null,
    detail    varchar(300) not null,
    summary   text         not null,
    primary key (issue_id, position)
);

create table newsletter_delivery (
    id                     bigint generated always as identity primary key,
    issue_id               bigint      not null references newsletter_issue (id) on delete cascade,
    subscriber_id          bigint      not null references newsletter_subscriber (id) on delete cascade,
    -- the mail's one-click unsubscribe link (hashed), set when the mail is queued
    unsubscribe_token_hash char(64) unique,
    mail_id                bigint,
    queued_at              timestamptz,
    -- unsubscribed between the start of the sending and its turn: no mail
    skipped                boolean     not null default false,
    unique (issue_id, subscriber_id)
);
create index newsletter_delivery_due_idx on newsletter_delivery (issue_id, id) where queued_at is null;
create index newsletter_delivery_subscriber_idx on newsletter_delivery (subscriber_id);

-- The outbox sends an HTML part next to the text one, and the one-click unsubscribe headers (RFC 8058).
alter table mail_outbox add column body_html text;
alter table mail_outbox add column unsubscribe_url varchar(600);
create index mail_outbox_reference_idx on mail_outbox (template, link_reference) where link_reference is not null;

-- Any form may count its attempts (the rate limits of FormAttempts): a name, not a closed list.
do $$
declare constraint_name text;
begin
    for constraint_name in
        select conname from pg_constraint
        where conrelid = 'form_attempt'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%form%'
    loop
        execute format('alter table form_attempt drop constraint %I', constraint_name);
    end loop;
end $$;
alter table form_attempt add constraint form_attempt_form_check check (form ~ '^[A-Z_]{1,20}$');

-- The archive is a public page of the reader cache: a sent issue moves the content version (V50).
create constraint trigger newsletter_issue_content_version after insert or update or delete on newsletter_issue
    deferrable initially deferred for each row execute function bump_content_version();
