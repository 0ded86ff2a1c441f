-- When the sender of a contact message was mailed an acknowledgment: one per e-mail and rate window at most.
alter table contact_message add column acknowledged_at timestamptz;
create index contact_message_acknowledged_idx on contact_message (lower(sender_email), acknowledged_at)
    where acknowledged_at is not null;
