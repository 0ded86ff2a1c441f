-- The board designates a representative per region among the members who volunteered for it.
create table membership_representative (
    region           varchar(40)  primary key,
    member_id        bigint       not null unique references membership_member (id) on delete cascade,
    designated_at    timestamptz  not null,
    designated_by    varchar(120) not null
);
