package org.icmf.awards;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.icmf.sitemap.spi.SitemapExtent;
import org.icmf.sitemap.spi.SitemapSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The list of editions and each edition's page, newest first. */
@Component
@Transactional(readOnly = true)
class AwardsSitemapSource implements SitemapSource {

    private final JdbcClient jdbc;

    AwardsSitemapSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SitemapExtent sitemapExtent() {
        return jdbc.sql("select count(*), max(updated_at) from award_edition")
                .query((row, n) -> new SitemapExtent(1 + row.getLong(1), instant(row.getTimestamp(2))))
                .single();
    }

    @Override
    public List<Entry> sitemapEntries(int offset, int limit) {
        List<Entry> entries = new ArrayList<>();
        if (offset == 0 && limit > 0) {
            entries.add(new Entry(AwardsController.PATH, null));
        }
        entries.addAll(jdbc.sql(
                        "select year, updated_at from award_edition order by year desc offset :offset limit :limit")
                .param("offset", Math.max(0, offset - 1))
                .param("limit", limit - entries.size())
                .query((row, n) -> new Entry(AwardsController.PATH + "/" + row.getInt(1), instant(row.getTimestamp(2))))
                .list());
        return entries;
    }

    private static java.time.Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
