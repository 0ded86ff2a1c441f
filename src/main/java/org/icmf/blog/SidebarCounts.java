package org.icmf.blog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    @Transactional(readOnly = true)
    public Sidebar sidebar() {
        Timestamp now = Timestamp.from(clock.instant());
        Map<YearMonth, Long> scheduledMonths = jdbc
                .sql("select published_at from blog_post where status = 'PUBLISHED' and published_at > :now")
                .param("now", now)
                .query(Timestamp.class)
                .stream()
                .collect(Collectors.groupingBy(
                        at -> YearMonth.from(at.toInstant().atZone(clock.getZone())), Collectors.counting()));
        Map<Long, Long> scheduledLabels = jdbc.sql("""
                        select pl.label_id from blog_post p join blog_post_label pl on pl.post_id = p.id
                        where p.status = 'PUBLISHED' and p.published_at > :now""").param("now", now).query(Long.class).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        Map<Integer, List<ArchiveMonth>> byYear = new LinkedHashMap<>();
        jdbc
                .sql("select year, month, posts from blog_month_count where posts > 0 order by year desc, month desc")
                .query((rs, row) -> {
                    YearMonth month = YearMonth.of(rs.getInt("year"), rs.getInt("month"));
                    return new ArchiveMonth(
                            month.getYear(),
                            month.getMonthValue(),
                            rs.getLong("posts") - scheduledMonths.getOrDefault(month, 0L));
                })
                .stream()
                .filter(month -> month.posts() > 0)
                .forEach(month -> byYear.computeIfAbsent(month.year(), year -> new ArrayList<>())
                        .add(month));
        List<ArchiveYear> archive = byYear.entrySet().stream()
                .map(year -> new ArchiveYear(
                        year.getKey(),
                        year.getValue().stream().mapToLong(ArchiveMonth::posts).sum(),
                        year.getValue()))
                .toList();
        List<LabelCount> labels = jdbc
                .sql("""
                        select c.label_id, l.slug, l.name, c.posts from blog_label_count c
                        join blog_label l on l.id = c.label_id
                        where c.posts > 0
                        order by l.name""")
                .query((rs, row) -> new LabelCount(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getLong("posts") - scheduledLabels.getOrDefault(rs.getLong("label_id"), 0L)))
                .stream()
                .filter(label -> label.posts() > 0)
                .toList();
        return new Sidebar(archive, labels);
    }
}
