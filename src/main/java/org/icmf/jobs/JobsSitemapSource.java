package org.icmf.jobs;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.icmf.sitemap.spi.SitemapExtent;
import org.icmf.sitemap.spi.SitemapSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The board's list and every open offer, newest first (the partial index of published offers). */
@Component
@Transactional(readOnly = true)
class JobsSitemapSource implements SitemapSource {

    private static final String OPEN = "from job_offer where status = 'PUBLISHED' and deadline >= :today";

    private final JdbcClient jdbc;
    private final Clock clock;

    JobsSitemapSource(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public SitemapExtent sitemapExtent() {
        return jdbc.sql("select count(*), max(updated_at) " + OPEN)
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .query((row, n) -> SitemapExtent.of(1 + row.getLong(1), row.getTimestamp(2)))
                .single();
    }

    @Override
    public List<Entry> sitemapEntries(int offset, int limit) {
        return SitemapSource.listThenItems(
                "/emplois",
                offset,
                limit,
                (from, count) -> jdbc.sql("select slug, updated_at " + OPEN
                                + " order by published_at desc, id desc offset :offset limit :limit")
                        .param("today", Date.valueOf(LocalDate.now(clock)))
                        .param("offset", from)
                        .param("limit", count)
                        .query((row, n) -> Entry.of("/emplois/" + row.getString(1), row.getTimestamp(2)))
                        .list());
    }
}
