-- The editor saves the text being written in the background as an automatic revision: one per item and author,
-- replaced each time (the partial unique index), left out of the list of saved versions, dropped when the author saves.
alter table blog_post_revision add column automatic boolean not null default false;
alter table site_page_revision add column automatic boolean not null default false;
create unique index blog_post_revision_automatic on blog_post_revision (post_id, saved_by_account_id) where automatic;
create unique index site_page_revision_automatic on site_page_revision (page_id, saved_by_account_id) where automatic;
