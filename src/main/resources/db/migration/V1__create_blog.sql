-- Search: French stemming over unaccented words, so that "éthique", "Ethique" and "ethiques" meet.
create extension if not exists unaccent;
create text search configuration icmf_french (copy = french);
alter text search configuration icmf_french
    alter mapping for hword, hword_part, word with unaccent, french_stem;

create table blog_label (
    id   bigint generated always as identity primary key,
    slug varchar(80) not null unique,
    name varchar(80) not null
);

create table blog_post (
    id                bigint generated always as identity primary key,
    slug              varchar(100) not null unique,
    title             varchar(200) not null,
    body_markdown     text         not null,
    body_html         text         not null,
    body_text         text         not null,
    excerpt_html      text         not null,
    excerpt_truncated boolean      not null,
    author_name       varchar(120),
    source_label      varchar(200),
    source_url        varchar(500),
    status            varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED')),
    published_at      timestamptz,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           bigint       not null default 0,
    search_vector     tsvector generated always as (
        setweight(to_tsvector('icmf_french', title), 'A') || setweight(to_tsvector('icmf_french', body_text), 'B')
    ) stored,
    constraint blog_post_published_has_date check (status <> 'PUBLISHED' or published_at is not null)
);

-- Every public list (home, archives, labels, feeds, previous/next) reads public posts by date.
create index blog_post_public_idx on blog_post (published_at desc) where status = 'PUBLISHED';
create index blog_post_search_idx on blog_post using gin (search_vector);

create table blog_post_label (
    post_id  bigint not null references blog_post (id) on delete cascade,
    label_id bigint not null references blog_label (id) on delete cascade,
    primary key (post_id, label_id)
);
create index blog_post_label_label_idx on blog_post_label (label_id);
