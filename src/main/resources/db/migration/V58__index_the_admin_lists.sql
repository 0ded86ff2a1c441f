-- Two admin lists sorted a whole table on every request at generated size (10,000 posts, 100,000 applications):
-- the posts list (out of the trash, by publication or last change) and the applications list without a status
-- filter. With these indexes the first page reads its 20 rows in index order.
create index blog_post_admin_idx on blog_post ((coalesce(published_at, updated_at)) desc, id desc)
    where status <> 'TRASHED';
create index membership_application_created_idx on membership_application (created_at desc, id desc);
