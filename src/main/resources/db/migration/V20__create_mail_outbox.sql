-- The transactional outbox of every e-mail the site sends: a row is written in the transaction of the
-- change that calls for the mail (committed with it or not at all), then sent by the scheduled sender.
-- Rows are kept after sending, for the "Courriels envoyés" admin page.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    recipient       varchar(320) not null check (length(recipient) between 3 and 320),
    subject         varchar(300) not null check (length(subject) between 1 and 300),
    body_text       text         not null,
    -- PENDING: to send; SENT: accepted by the SMTP server; KEPT: no SMTP server configured, kept for
    -- reading in the admin page; FAILED: given up after the last attempt.
    status          varchar(10)  not null default 'PENDING'
                        check (status in ('PENDING', 'SENT', 'KEPT', 'FAILED')),
    attempts        integer      not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
-- The sender's query: due PENDING rows, oldest due first (only pending rows are indexed).
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
-- The admin list, newest first, whole or by status.
create index mail_outbox_created_idx on mail_outbox (created_at desc, id desc);
create index mail_outbox_status_idx on mail_outbox (status, created_at desc, id desc);
