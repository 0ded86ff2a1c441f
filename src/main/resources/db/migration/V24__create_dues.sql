-- Dues. A payment is one cheque as the treasurer received it; it may pay the dues of several members (an
-- employer paying for its team), one row each in membership_due. A member pays the dues of a civil year once.
create table membership_payment (
    id               bigint generated always as identity primary key,
    amount           numeric(10, 2) not null check (amount > 0),
    cheque_number    varchar(30)    not null,
    bank             varchar(100)   not null,
    payer_name       varchar(200),
    received_on      date           not null,
    recorded_at      timestamptz    not null,
    recorded_by_name varchar(120)   not null
);
create index membership_payment_received_idx on membership_payment (received_on desc, id desc);

create table membership_due (
    id             bigint generated always as identity primary key,
    receipt_number varchar(12)   not null unique,
    payment_id     bigint        not null references membership_payment (id),
    member_id      bigint        references membership_member (id) on delete set null,
    year           integer       not null,
    amount         numeric(10, 2) not null check (amount > 0)
);
-- One due per member and year; the per-year totals and "who is up to date" read by year.
create unique index membership_due_member_year_idx on membership_due (member_id, year);
create index membership_due_year_idx on membership_due (year, member_id);

