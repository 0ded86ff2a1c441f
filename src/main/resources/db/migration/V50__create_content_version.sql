-- What readers see changes when one of these tables does: every instance polls this one number and empties its
-- reader cache (and its menu) when it moves. The trigger is deferred to the commit, so the new number is seen only
-- once the change is visible, and the row is locked only while committing (the last lock a transaction takes:
-- no deadlock); it bumps at most once per transaction, however many rows it wrote.
create table content_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into content_version (id, version) values (true, 0);

create function bump_content_version() returns trigger language plpgsql as $$
begin
    if current_setting('icmf.content_bumped', true) is distinct from txid_current()::text then
        update content_version set version = version + 1;
        perform set_config('icmf.content_bumped', txid_current()::text, true);
    end if;
    return null;
end;
$$;

do $$
declare
    name text;
begin
    foreach name in array array['blog_post', 'blog_label', 'blog_post_label', 'comment', 'comment_subject', 'event',
            'event_registration', 'media_image', 'site_page', 'membership_member', 'membership_due',
            'regions_representative'] loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function bump_content_version()',
                       name || '_content_version', name);
    end loop;
end;
$$;
