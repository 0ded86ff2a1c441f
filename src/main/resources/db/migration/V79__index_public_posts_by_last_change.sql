-- The sitemap's date of the last change to a public post: the first entry of this index that is public now (all but
-- the few scheduled ones), instead of reading every public post (10,000 at generated size) at each sitemap.
create index blog_post_public_changed_idx on blog_post (updated_at desc) where status = 'PUBLISHED';
