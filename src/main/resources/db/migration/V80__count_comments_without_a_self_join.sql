-- A reply's first comment is looked up by its key, never joined: a join is planned by the session's settings, and a
-- session that turns nested loops off (the volume generator, for its own joins) made every subject's count a hash
-- join over all comments, 10,000 of them for one bulk insert. The lookup reads one row whatever the planner thinks.
create or replace function comment_recount(kind varchar, subject bigint) returns void language plpgsql as $$
begin
    insert into comment_count (subject_type, subject_id, shown) values (kind, subject, 0) on conflict do nothing;
    perform 1 from comment_count where subject_type = kind and subject_id = subject for update;
    update comment_count
    set shown = (select count(*)
                 from comment c
                 where c.subject_type = kind and c.subject_id = subject and c.status = 'APPROVED'
                   and c.erased_at is null
                   and (c.parent_id is null
                        or (select root.status from comment root where root.id = c.parent_id) = 'APPROVED'))
    where subject_type = kind and subject_id = subject;
end $$;
