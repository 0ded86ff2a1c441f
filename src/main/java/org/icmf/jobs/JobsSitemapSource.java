package org.icmf.jobs;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
                .query((row, n) -> new SitemapExtent(1 + row.getLong(1), instant(row.getTimestamp(2))))
                .single();
    }

    @Override
    public List<Entry> sitemapEntries(int offset, int limit) {
        List<Entry> entries = new ArrayList<>();
        if (offset == 0 && limit > 0) {
            entries.add(new Entry("/emplois", null));
        }
        entries.addAll(jdbc.sql("select slug, updated_at " + OPEN
                        + " order by published_at desc, id desc offset :offset limit :limit")
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .param("offset", Math.max(0, offset - 1))
                .param("limit", limit - entries.size())
                .query((row, n) -> new Entry("/emplois/" + row.getString(1), instant(row.getTimestamp(2))))
                .list());
        return entries;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
