-- ShedLock's lock rows: a scheduled job runs on one instance at a time (SchedulingConfiguration). Its columns are
-- "timestamp" without time zone on purpose: with usingDbTime() ShedLock writes and compares
-- timezone('utc', current_timestamp), a UTC timestamp without zone.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
