package org.icmf.newsletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.icmf.sitemap.spi.SitemapExtent;
import org.icmf.sitemap.spi.SitemapSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The subscription page, the archive and each issue sent (or being sent), by number (unique, hence indexed). */
@Component
@Transactional(readOnly = true)
class NewsletterSitemapSource implements SitemapSource {

    private static final List<Entry> PAGES = List.of(new Entry("/lettre", null), new Entry("/lettre/archives", null));

    private final JdbcClient jdbc;

    NewsletterSitemapSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SitemapExtent sitemapExtent() {
        return jdbc.sql("select count(*), max(sending_started_at) from newsletter_issue where status <> 'DRAFT'")
                .query((row, n) -> new SitemapExtent(PAGES.size() + row.getLong(1), instant(row.getTimestamp(2))))
                .single();
    }

    @Override
    public List<Entry> sitemapEntries(int offset, int limit) {
        List<Entry> entries = new ArrayList<>();
        for (int i = offset; i < PAGES.size() && entries.size() < limit; i++) {
            entries.add(PAGES.get(i));
        }
        entries.addAll(jdbc.sql("select number, sending_started_at from newsletter_issue where status <> 'DRAFT' "
                        + "order by number offset :offset limit :limit")
                .param("offset", Math.max(0, offset - PAGES.size()))
                .param("limit", limit - entries.size())
                .query((row, n) -> new Entry("/lettre/archives/" + row.getInt(1), instant(row.getTimestamp(2))))
                .list());
        return entries;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
