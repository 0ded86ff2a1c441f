-- The public directory counts the members who opted in and paid the year's dues: a partial index of the opted-in
-- members' ids lets that count merge two index-only scans (this one and membership_due_year_idx, both in member
-- order) instead of reading every member into a hash join.
create index membership_member_directory_idx on membership_member (id) where directory_opt_in;
