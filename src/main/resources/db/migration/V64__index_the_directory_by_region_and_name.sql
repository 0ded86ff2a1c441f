-- The public directory no longer counts its members (it is paged without a total), so the index that served that
-- count goes. Filtered by region, the directory walked the whole name index for the few opted-in members of that
-- region (its last page: 72 ms at generated size); this index gives them in the order shown (11 ms).
drop index membership_member_directory_idx;
create index membership_member_directory_region_idx on membership_member (region, last_name, first_name, id)
    where directory_opt_in;
