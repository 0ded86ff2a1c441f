-- Who did what to which thing, and when. Names and titles are copied so that the log still reads right
-- after an account is renamed or a post deleted; rows are never updated.
create table audit_entry (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz  not null,
    actor_account_id bigint,
    actor_name       varchar(120) not null,
    subject_type     varchar(30)  not null,
    action           varchar(30)  not null,
    subject_id       bigint       not null,
    subject_label    varchar(300) not null
);
-- The log is read newest first, whole or filtered by person or by kind of subject.
create index audit_entry_occurred_idx on audit_entry (occurred_at desc, id desc);
create index audit_entry_actor_idx on audit_entry (actor_account_id, occurred_at desc);
create index audit_entry_subject_idx on audit_entry (subject_type, occurred_at desc);
