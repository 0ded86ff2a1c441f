-- Board sessions, kept by Spring Session JDBC (spring.session.jdbc.table-name=security_session) so that every
-- instance sees them and an account's sessions can be ended at once. Copied from spring-session-jdbc 4.0's
-- schema-postgresql.sql, with the tables named by module and principal_name (the login e-mail) widened from
-- 100 to 254 characters, the longest e-mail address.
create table security_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(254),
    constraint security_session_pk primary key (primary_id)
);

create unique index security_session_ix1 on security_session (session_id);
create index security_session_ix2 on security_session (expiry_time);
create index security_session_ix3 on security_session (principal_name);

create table security_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint security_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint security_session_attributes_fk foreign key (session_primary_id)
        references security_session (primary_id) on delete cascade
);
