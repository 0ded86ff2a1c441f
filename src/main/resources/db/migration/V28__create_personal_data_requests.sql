-- "Mes données" (RGPD): a link e-mailed to an address opens what the site holds for it, for a short while.
create table personal_data_request (
    token_hash varchar(64)  primary key,
    email      varchar(320) not null,
    created_at timestamptz  not null,
    expires_at timestamptz  not null
);
create index personal_data_request_expiry_idx on personal_data_request (expires_at);

-- What the "Mes données" pages and the erasure look up by address, and the audit entries they relabel.
create index event_registration_lower_email_idx on event_registration (lower(email));
create index mail_outbox_lower_recipient_idx on mail_outbox (lower(recipient));
create index audit_entry_subject_id_idx on audit_entry (subject_type, subject_id);
