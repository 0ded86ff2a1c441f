-- Posts written in the admin area remember which board account wrote them (the seed's have a signature only).
alter table blog_post add column author_account_id bigint;

-- The admin list filters by status and orders by date.
create index blog_post_status_idx on blog_post (status, published_at desc, updated_at desc);

-- Every save of a post keeps what was saved, who saved it and when; a revision can be restored.
create table blog_post_revision (
    id                  bigint generated always as identity primary key,
    post_id             bigint       not null references blog_post (id) on delete cascade,
    title               varchar(200) not null,
    slug                varchar(100) not null,
    body_markdown       text         not null,
    author_name         varchar(120),
    source_label        varchar(200),
    source_url          varchar(500),
    labels              varchar(300) not null,
    status              varchar(16)  not null,
    published_at        timestamptz,
    saved_by_account_id bigint,
    saved_by_name       varchar(120) not null,
    saved_at            timestamptz  not null
);
create index blog_post_revision_post_idx on blog_post_revision (post_id, saved_at desc);
