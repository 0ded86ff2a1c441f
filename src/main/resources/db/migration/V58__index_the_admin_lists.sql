-- Three admin lists read a whole table on every request at generated size (10,000 posts, 100,000 applications):
-- the posts list (out of the trash, by publication or last change: seq scan and sort, 12 ms), the applications
-- list without a status filter (sort of 100,000 rows, 37 ms) and the regional volunteers (seq scan of every
-- application for the few who volunteered, 20 ms). With these indexes each reads only the rows it shows.
create index blog_post_admin_idx on blog_post ((coalesce(published_at, updated_at)) desc, id desc)
    where status <> 'TRASHED';
create index membership_application_created_idx on membership_application (created_at desc, id desc);
create index membership_application_volunteer_idx on membership_application (id) where volunteer_regional;
