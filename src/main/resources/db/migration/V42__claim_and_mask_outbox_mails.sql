-- The sender claims one mail at a time in a short transaction (status SENDING until claimed_until), sends it
-- outside any transaction, then records the outcome in another one; a claim whose lease ran out (instance
-- stopped mid-send) is retried.
alter table mail_outbox drop constraint mail_outbox_status_check;
alter table mail_outbox add constraint mail_outbox_status_check
    check (status in ('PENDING', 'SENDING', 'SENT', 'KEPT', 'FAILED'));
alter table mail_outbox add column claimed_until timestamptz;
create index mail_outbox_claimed_idx on mail_outbox (claimed_until) where status = 'SENDING';

-- What a module needs to send a mail again with a fresh personal link (its LinkReissuer): the template and
-- a reference of its own (a registration or application id). personal_links: the body held token links,
-- masked once the mail left the queue, so the stored body can never be replayed.
alter table mail_outbox add column template varchar(100);
alter table mail_outbox add column link_reference bigint;
alter table mail_outbox add column personal_links boolean not null default false;

-- Mails written before: a path segment shaped like a token (43 characters of [A-Za-z0-9_-]) is a personal link.
update mail_outbox set personal_links = true
where body_text ~ '/[A-Za-z0-9_-]{43}([^A-Za-z0-9_-]|$)';
update mail_outbox
set body_text = regexp_replace(body_text, '/[A-Za-z0-9_-]{43}([^A-Za-z0-9_-]|$)', '/••••••\1', 'g')
where personal_links and status in ('SENT', 'KEPT', 'FAILED');

-- The nightly purge of mails past their retention: by age, among those no longer waiting.
create index mail_outbox_retention_idx on mail_outbox (created_at) where status in ('SENT', 'KEPT', 'FAILED');
