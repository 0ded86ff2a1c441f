-- The moderation folders' and the dues years' totals (V59) were kept by row triggers: a statement writing many rows
-- updated one total row once per row, and in one transaction each update walks every earlier version of that row, so
-- a bulk statement (200,000 generated comments) took time in the square of its rows. They are now kept once per
-- statement from its transition tables: each total row changes once, in key order, so two statements lock them in
-- the same order.

drop trigger comment_folder_counted_change on comment;
drop trigger comment_folder_counted_move on comment;
drop function comment_folder_counted();

create function comment_folder_counted() returns trigger language plpgsql as $$
declare
    changed_statuses varchar[];
    comment_changes bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(status), array_agg(n) into changed_statuses, comment_changes
        from (select status, count(*) as n from new_comments group by status) counted;
    elsif tg_op = 'DELETE' then
        select array_agg(status), array_agg(-n) into changed_statuses, comment_changes
        from (select status, count(*) as n from old_comments group by status) counted;
    else
        select array_agg(status), array_agg(n) into changed_statuses, comment_changes
        from (select status, sum(change) as n
              from (select n.status, 1 as change from new_comments n join old_comments o on o.id = n.id
                    where n.status <> o.status
                    union all
                    select o.status, -1 from new_comments n join old_comments o on o.id = n.id
                    where n.status <> o.status) moved
              group by status) counted;
    end if;
    insert into comment_folder_count (status, comments)
    select status, n from unnest(changed_statuses, comment_changes) as counted(status, n) where n <> 0 order by status
    on conflict (status) do update set comments = comment_folder_count.comments + excluded.comments;
    return null;
end $$;

create trigger comment_folder_counted_insert after insert on comment
    referencing new table as new_comments for each statement execute function comment_folder_counted();
create trigger comment_folder_counted_delete after delete on comment
    referencing old table as old_comments for each statement execute function comment_folder_counted();
create trigger comment_folder_counted_update after update on comment
    referencing old table as old_comments new table as new_comments for each statement execute function comment_folder_counted();

drop trigger membership_due_totalled_change on membership_due;
drop trigger membership_due_totalled_move on membership_due;
drop function membership_due_totalled();

create function membership_due_totalled() returns trigger language plpgsql as $$
declare
    changed_years integer[];
    due_changes bigint[];
    total_changes numeric[];
begin
    if tg_op = 'INSERT' then
        select array_agg(year), array_agg(n), array_agg(amount) into changed_years, due_changes, total_changes
        from (select year, count(*) as n, sum(amount) as amount from new_dues group by year) counted;
    elsif tg_op = 'DELETE' then
        select array_agg(year), array_agg(-n), array_agg(-amount) into changed_years, due_changes, total_changes
        from (select year, count(*) as n, sum(amount) as amount from old_dues group by year) counted;
    else
        select array_agg(year), array_agg(n), array_agg(amount) into changed_years, due_changes, total_changes
        from (select year, sum(n) as n, sum(amount) as amount
              from (select n.year, 1 as n, n.amount from new_dues n join old_dues o on o.id = n.id
                    where (n.year, n.amount) <> (o.year, o.amount)
                    union all
                    select o.year, -1, -o.amount from new_dues n join old_dues o on o.id = n.id
                    where (n.year, n.amount) <> (o.year, o.amount)) moved
              group by year) counted;
    end if;
    insert into membership_due_year_total (year, dues, total)
    select year, n, amount from unnest(changed_years, due_changes, total_changes) as counted(year, n, amount)
    where n <> 0 or amount <> 0 order by year
    on conflict (year) do update set dues = membership_due_year_total.dues + excluded.dues,
                                     total = membership_due_year_total.total + excluded.total;
    delete from membership_due_year_total where year = any(changed_years) and dues = 0;
    return null;
end $$;

create trigger membership_due_totalled_insert after insert on membership_due
    referencing new table as new_dues for each statement execute function membership_due_totalled();
create trigger membership_due_totalled_delete after delete on membership_due
    referencing old table as old_dues for each statement execute function membership_due_totalled();
create trigger membership_due_totalled_update after update on membership_due
    referencing old table as old_dues new table as new_dues for each statement execute function membership_due_totalled();
