-- The blog sidebar's posts per month and per label, kept up to date by triggers in the transaction that changes a
-- post or its labels, so that no blog page counts every post. They count every PUBLISHED post, scheduled ones
-- included: the site subtracts the few still scheduled (read from blog_post_public_idx) when it shows them.
-- Months are in the site's zone (icmf.time-zone), kept in blog_count_zone; the site rebuilds the counts at start
-- when that setting changes.
create table blog_count_zone (
    zone varchar(64) not null
);
insert into blog_count_zone (zone) values ('Europe/Paris');

create table blog_month_count (
    year  int not null,
    month int not null,
    posts int not null,
    primary key (year, month)
);

create table blog_label_count (
    label_id bigint primary key references blog_label (id) on delete cascade,
    posts    int not null
);

create function blog_count_month(at timestamptz, delta int) returns void language plpgsql as $$
declare
    local timestamp := at at time zone (select zone from blog_count_zone);
begin
    insert into blog_month_count (year, month, posts)
    values (extract(year from local), extract(month from local), delta)
    on conflict (year, month) do update set posts = blog_month_count.posts + excluded.posts;
end $$;

create function blog_count_labels(post bigint, delta int) returns void language plpgsql as $$
begin
    insert into blog_label_count (label_id, posts)
    select label_id, delta from blog_post_label where post_id = post
    on conflict (label_id) do update set posts = blog_label_count.posts + excluded.posts;
end $$;

create function blog_count_rebuild() returns void language plpgsql as $$
begin
    delete from blog_month_count;
    delete from blog_label_count;
    insert into blog_month_count (year, month, posts)
    select extract(year from local), extract(month from local), count(*)
    from (select published_at at time zone (select zone from blog_count_zone) as local
          from blog_post where status = 'PUBLISHED') p
    group by 1, 2;
    insert into blog_label_count (label_id, posts)
    select pl.label_id, count(*)
    from blog_post_label pl join blog_post p on p.id = pl.post_id
    where p.status = 'PUBLISHED'
    group by pl.label_id;
end $$;

-- A post counts while it is PUBLISHED (which requires a publication time).
create function blog_post_counted() returns trigger language plpgsql as $$
declare
    was boolean := tg_op <> 'INSERT' and old.status = 'PUBLISHED';
    is_now boolean := tg_op <> 'DELETE' and new.status = 'PUBLISHED';
begin
    if was and not (is_now and old.published_at = new.published_at) then
        perform blog_count_month(old.published_at, -1);
    end if;
    if is_now and not (was and old.published_at = new.published_at) then
        perform blog_count_month(new.published_at, 1);
    end if;
    if was and not is_now then
        perform blog_count_labels(old.id, -1);
    elsif is_now and not was and tg_op = 'UPDATE' then
        perform blog_count_labels(new.id, 1);
    end if;
    return old; -- lets the delete go on; ignored after insert or update
end $$;

-- Before delete, while the post's labels are still there (the cascade removes them afterwards).
create trigger blog_post_counted_delete before delete on blog_post
    for each row execute function blog_post_counted();
create trigger blog_post_counted_change after insert or update of status, published_at on blog_post
    for each row execute function blog_post_counted();

create function blog_post_label_counted() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if exists (select 1 from blog_post where id = new.post_id and status = 'PUBLISHED') then
            insert into blog_label_count (label_id, posts) values (new.label_id, 1)
            on conflict (label_id) do update set posts = blog_label_count.posts + 1;
        end if;
    elsif exists (select 1 from blog_post where id = old.post_id and status = 'PUBLISHED') then
        update blog_label_count set posts = posts - 1 where label_id = old.label_id;
    end if;
    return null;
end $$;

create trigger blog_post_label_counted after insert or delete on blog_post_label
    for each row execute function blog_post_label_counted();

select blog_count_rebuild();
