-- The job board (/emplois): offers posted by recruiters (double opt-in) or members, moderated by the board, open
-- until their deadline or until their poster closes them; members' saved offers and regional alerts.
create table job_offer (
    id                   bigint generated always as identity primary key,
    slug                 varchar(100)  not null unique,
    title                varchar(150)  not null,
    organisation         varchar(150)  not null,
    kind                 varchar(20)   not null check (kind in ('CDI', 'CDD', 'ALTERNANCE', 'STAGE', 'FREELANCE')),
    -- null when the offer is remote only
    region               varchar(40),
    remote               boolean       not null,
    description_markdown text          not null,
    description_html     text          not null,
    salary_min           integer check (salary_min between 0 and 1000000),
    salary_max           integer check (salary_max between 0 and 1000000),
    deadline             date          not null,
    apply_to             varchar(300)  not null,
    poster_email         varchar(254)  not null,
    member_id            bigint,
    status               varchar(20)   not null
        check (status in ('UNCONFIRMED', 'PENDING', 'PUBLISHED', 'REJECTED', 'CLOSED', 'EXPIRED')),
    rejection_reason     varchar(1000),
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    confirmed_at         timestamptz,
    published_at         timestamptz,
    -- when it was closed, rejected or expired: the start of its retention
    ended_at             timestamptz,
    -- the confirmation link (unconfirmed offers) and the close link (published ones): hashed, single use
    confirm_token_hash   char(64) unique,
    confirm_expires_at   timestamptz,
    close_token_hash     char(64) unique,
    check (salary_min is null or salary_max is null or salary_min <= salary_max),
    check (region is not null or remote)
);
-- Open offers, newest first, whole or by kind or region (the deadline is checked on the few rows read).
create index job_offer_open_idx on job_offer (published_at desc, id desc) where status = 'PUBLISHED';
create index job_offer_open_kind_idx on job_offer (kind, published_at desc, id desc) where status = 'PUBLISHED';
create index job_offer_open_region_idx on job_offer (region, published_at desc, id desc) where status = 'PUBLISHED';
create index job_offer_open_remote_idx on job_offer (published_at desc, id desc) where status = 'PUBLISHED' and remote;
create index job_offer_status_idx on job_offer (status, created_at desc, id desc);
create index job_offer_poster_idx on job_offer (poster_email);
create index job_offer_deadline_idx on job_offer (deadline) where status = 'PUBLISHED';
create index job_offer_ended_idx on job_offer (ended_at) where ended_at is not null;
create index job_offer_unconfirmed_idx on job_offer (confirm_expires_at) where status = 'UNCONFIRMED';

create table job_saved_offer (
    email    varchar(254) not null,
    offer_id bigint       not null references job_offer (id) on delete cascade,
    saved_at timestamptz  not null,
    primary key (email, offer_id)
);
create index job_saved_offer_offer_idx on job_saved_offer (offer_id);

-- Members told by mail of new offers in their region (and remote ones): their consent, dated.
create table job_alert (
    email        varchar(254) primary key,
    consented_at timestamptz  not null
);
-- One alert mail per offer and address, however often the offer is published again.
create table job_alert_delivery (
    offer_id bigint       not null references job_offer (id) on delete cascade,
    email    varchar(254) not null,
    primary key (offer_id, email)
);
create index job_alert_delivery_email_idx on job_alert_delivery (email);

-- Published offers are public pages of the reader cache: publishing, editing, closing or expiring one moves the
-- content version (V50). Offers are never inserted published, and a visitor's unconfirmed offer moves nothing.
create constraint trigger job_offer_content_version after update on job_offer
    deferrable initially deferred for each row
    when (old.status = 'PUBLISHED' or new.status = 'PUBLISHED')
    execute function bump_content_version();
create constraint trigger job_offer_deleted_content_version after delete on job_offer
    deferrable initially deferred for each row
    when (old.status = 'PUBLISHED')
    execute function bump_content_version();
