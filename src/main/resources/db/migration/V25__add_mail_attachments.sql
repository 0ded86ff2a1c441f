-- Files sent with a mail (a dues receipt as PDF), stored with it so the sender can retry later.
create table mail_outbox_attachment (
    id           bigint generated always as identity primary key,
    mail_id      bigint       not null references mail_outbox (id) on delete cascade,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    data         bytea        not null
);
create index mail_outbox_attachment_mail_idx on mail_outbox_attachment (mail_id);
