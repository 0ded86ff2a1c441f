-- Deleting a post or a page puts it in a trash for a while (icmf.site.trash-retention) before it is purged.
-- A trashed post has the status TRASHED, so every public query, which asks for PUBLISHED, leaves it out;
-- the status it had is kept to put it back as it was.
alter table blog_post drop constraint blog_post_status_check;
alter table blog_post add constraint blog_post_status_check check (status in ('DRAFT', 'PUBLISHED', 'TRASHED'));
alter table blog_post
    add column status_before_trash varchar(16) check (status_before_trash in ('DRAFT', 'PUBLISHED')),
    add column trashed_at          timestamptz,
    add column trashed_by_name     varchar(120),
    add constraint blog_post_trash_complete
        check ((status = 'TRASHED') = (trashed_at is not null and status_before_trash is not null));
create index blog_post_trash_idx on blog_post (trashed_at desc) where status = 'TRASHED';

alter table site_page
    add column trashed_at      timestamptz,
    add column trashed_by_name varchar(120);
create index site_page_trash_idx on site_page (trashed_at desc) where trashed_at is not null;
-- The main navigation: pages given a navigation title, in their order.
create index site_page_nav_idx on site_page (nav_order, id) where nav_title is not null and trashed_at is null;

-- Every save of a page keeps what was saved, who saved it and when; a revision can be restored.
create table site_page_revision (
    id                  bigint generated always as identity primary key,
    page_id             bigint       not null references site_page (id) on delete cascade,
    title               varchar(200) not null,
    slug                varchar(100) not null,
    nav_title           varchar(60),
    nav_order           integer,
    description         varchar(300),
    body_markdown       text         not null,
    saved_by_account_id bigint,
    saved_by_name       varchar(120) not null,
    saved_at            timestamptz  not null
);
create index site_page_revision_page_idx on site_page_revision (page_id, saved_at desc);
