package org.icmf.blog;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icmf.blog.BlogViews.ArchiveMonth;
import org.icmf.blog.BlogViews.ArchiveYear;
import org.icmf.blog.BlogViews.LabelCount;
import org.icmf.blog.BlogViews.Sidebar;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sidebar's posts per month and per label, read from the counts the database keeps up to date in the
 * transaction that changes a post (V52 triggers), so that no blog page counts every post. Those counts include
 * scheduled posts; the few whose time has not come are subtracted here (read from the public posts' index).
 */
@Component
class SidebarCounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    SidebarCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Months follow the site's zone: when icmf.time-zone changed since the counts were made, they are remade. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void followSiteZone() {
        int changed = jdbc.sql("update blog_count_zone set zone = :zone where zone <> :zone")
                .param("zone", clock.getZone().getId())
                .update();
        if (changed > 0) {
            jdbc.sql("select blog_count_rebuild()").query().singleRow();
        }
    }

    /** One statement: the kept counts, less the scheduled posts whose time has not come. */
    @Transactional(readOnly = true)
    public Sidebar sidebar() {
        Map<Integer, List<ArchiveMonth>> byYear = new LinkedHashMap<>();
        List<LabelCount> labels = new ArrayList<>();
        jdbc.sql("""
                        with scheduled as (
                            select id, published_at at time zone (select zone from blog_count_zone) as local
                            from blog_post where status = 'PUBLISHED' and published_at > :now)
                        select * from (
                            select c.year, c.month, null as slug, null as name, c.posts - (
                                       select count(*) from scheduled s
                                       where extract(year from s.local) = c.year and extract(month from s.local) = c.month)
                                   as posts
                            from blog_month_count c
                            union all
                            select null, null, l.slug, l.name, c.posts - (
                                       select count(*) from scheduled s join blog_post_label pl on pl.post_id = s.id
                                       where pl.label_id = c.label_id)
                            from blog_label_count c join blog_label l on l.id = c.label_id) counts
                        where posts > 0
                        order by year desc, month desc, name""").param("now", Timestamp.from(clock.instant())).query((ResultSet rs) -> {
            if (rs.getString("slug") == null) {
                ArchiveMonth month = new ArchiveMonth(rs.getInt("year"), rs.getInt("month"), rs.getLong("posts"));
                byYear.computeIfAbsent(month.year(), year -> new ArrayList<>()).add(month);
            } else {
                labels.add(new LabelCount(rs.getString("slug"), rs.getString("name"), rs.getLong("posts")));
            }
        });
        List<ArchiveYear> archive = byYear.entrySet().stream()
                .map(year -> new ArchiveYear(
                        year.getKey(),
                        year.getValue().stream().mapToLong(ArchiveMonth::posts).sum(),
                        year.getValue()))
                .toList();
        return new Sidebar(archive, labels);
    }
}
