-- An issue's figures once every mail has its final status: the outbox's rows go after icmf.mail.retention and an
-- erased subscriber's deliveries with them, so the board's figures are kept on the issue itself.
alter table newsletter_issue
    add column skipped      integer,
    add column mails_sent   integer,
    add column mails_kept   integer,
    add column mails_failed integer,
    add column figures_kept_at timestamp with time zone;

create index newsletter_issue_figures_pending on newsletter_issue (id)
    where status = 'SENT' and figures_kept_at is null;
