create table site_page (
    id            bigint generated always as identity primary key,
    slug          varchar(100) not null unique,
    title         varchar(200) not null,
    nav_title     varchar(60),
    nav_order     integer,
    description   varchar(300),
    body_markdown text         not null,
    body_html     text         not null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
