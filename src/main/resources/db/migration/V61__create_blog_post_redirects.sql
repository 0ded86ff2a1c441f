-- The addresses a published post had before its slug or its month changed: each answers 301 to where the post is now
-- (so chains collapse: every old address points at the post, not at the next address). A post living at an old
-- address wins over it, and saving a post there drops the row. Readers see it: the reader cache's version follows.
create table blog_post_redirect (
    id         bigint generated always as identity primary key,
    old_path   varchar(200) not null,
    post_id    bigint       not null references blog_post (id) on delete cascade,
    created_at timestamptz  not null,
    constraint blog_post_redirect_old_path unique (old_path)
);
create index blog_post_redirect_post on blog_post_redirect (post_id);

create constraint trigger blog_post_redirect_content_version after insert or update or delete on blog_post_redirect
    deferrable initially deferred for each row execute function bump_content_version();
