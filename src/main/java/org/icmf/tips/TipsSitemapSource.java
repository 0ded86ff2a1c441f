package org.icmf.tips;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.icmf.sitemap.spi.SitemapExtent;
import org.icmf.sitemap.spi.SitemapSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code /astuces} and each published tip, oldest first on the index of the newest list. */
@Component
@Transactional(readOnly = true)
class TipsSitemapSource implements SitemapSource {

    private final JdbcClient jdbc;

    TipsSitemapSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SitemapExtent sitemapExtent() {
        return jdbc.sql("select count(*), max(updated_at) from tips_tip where status = 'PUBLISHED'")
                .query((row, n) -> new SitemapExtent(1 + row.getLong(1), instant(row.getTimestamp(2))))
                .single();
    }

    @Override
    public List<Entry> sitemapEntries(int offset, int limit) {
        List<Entry> entries = new ArrayList<>();
        if (offset == 0 && limit > 0) {
            entries.add(new Entry(TipsController.PATH, null));
        }
        entries.addAll(jdbc.sql("select slug, updated_at from tips_tip where status = 'PUBLISHED' "
                        + "order by published_at, id offset :offset limit :limit")
                .param("offset", Math.max(0, offset - 1))
                .param("limit", limit - entries.size())
                .query((row, n) ->
                        new Entry(TipsController.PATH + "/" + row.getString(1), instant(row.getTimestamp(2))))
                .list());
        return entries;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
