-- A post may show a cover image from the media library. Its text alternative and size are copied when the
-- post is saved, so that lists and feeds render it without asking the media module for each post.
alter table blog_post
    add column cover_image_url    varchar(100),
    add column cover_image_alt    varchar(250),
    add column cover_image_width  integer,
    add column cover_image_height integer,
    add constraint blog_post_cover_complete check (cover_image_url is null or cover_image_alt is not null);
alter table blog_post_revision add column cover_image_url varchar(100);
