-- How many comments each moderation folder holds, kept up to date by a trigger in the transaction that adds,
-- moves or deletes a comment, so that the moderation page (its folder tabs and page count) and the dashboard never
-- count the comment table (200,000 comments at generated size: 40 ms a count).
create table comment_folder_count (
    status   varchar(20) primary key,
    comments bigint not null
);

insert into comment_folder_count (status, comments)
select status, count(*) from comment group by status;

create function comment_folder_counted() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update comment_folder_count set comments = comments - 1 where status = old.status;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into comment_folder_count (status, comments) values (new.status, 1)
        on conflict (status) do update set comments = comment_folder_count.comments + 1;
    end if;
    return null;
end $$;

create trigger comment_folder_counted_change after insert or delete on comment
    for each row execute function comment_folder_counted();
create trigger comment_folder_counted_move after update of status on comment
    for each row when (old.status is distinct from new.status) execute function comment_folder_counted();

-- The page where the board opens and closes comments counts the comments of the 50 posts and pages it shows.
create index comment_subject_idx on comment (subject_type, subject_id);

-- The dues page's totals per year (how many dues, how much), kept by a trigger in the transaction that records or
-- deletes a due, instead of grouping every due on every visit (125,000 dues at generated size: 48 ms).
create table membership_due_year_total (
    year  integer primary key,
    dues  bigint not null,
    total numeric(14, 2) not null
);

insert into membership_due_year_total (year, dues, total)
select year, count(*), sum(amount) from membership_due group by year;

create function membership_due_totalled() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update membership_due_year_total set dues = dues - 1, total = total - old.amount where year = old.year;
        delete from membership_due_year_total where year = old.year and dues = 0;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into membership_due_year_total (year, dues, total) values (new.year, 1, new.amount)
        on conflict (year) do update set dues = membership_due_year_total.dues + 1,
                                         total = membership_due_year_total.total + excluded.total;
    end if;
    return null;
end $$;

create trigger membership_due_totalled_change after insert or delete on membership_due
    for each row execute function membership_due_totalled();
create trigger membership_due_totalled_move after update of year, amount on membership_due
    for each row execute function membership_due_totalled();
