-- The addresses a public post or page had before its address changed (a post's slug or month, a page's slug): each
-- answers 301 to where the item is now (so chains collapse: every old address points at the item, not at the next
-- address). An item living at an old address wins over it, and saving an item there drops the row. Readers see
-- these tables: the reader cache's version follows them.
create table blog_post_redirect (
    id         bigint generated always as identity primary key,
    old_path   varchar(200) not null,
    post_id    bigint       not null references blog_post (id) on delete cascade,
    created_at timestamptz  not null,
    constraint blog_post_redirect_old_path unique (old_path)
);
create index blog_post_redirect_post on blog_post_redirect (post_id);

create table site_page_redirect (
    id         bigint generated always as identity primary key,
    old_path   varchar(200) not null,
    page_id    bigint       not null references site_page (id) on delete cascade,
    created_at timestamptz  not null,
    constraint site_page_redirect_old_path unique (old_path)
);
create index site_page_redirect_page on site_page_redirect (page_id);

create constraint trigger blog_post_redirect_content_version after insert or update or delete on blog_post_redirect
    deferrable initially deferred for each row execute function bump_content_version();
create constraint trigger site_page_redirect_content_version after insert or update or delete on site_page_redirect
    deferrable initially deferred for each row execute function bump_content_version();
