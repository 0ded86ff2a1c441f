package org.icmf.tips;

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
                .query((row, n) -> SitemapExtent.of(1 + row.getLong(1), row.getTimestamp(2)))
                .single();
    }

    @Override
    public List<Entry> sitemapEntries(int offset, int limit) {
        return SitemapSource.listThenItems(
                TipsController.PATH,
                offset,
                limit,
                (from, count) -> jdbc.sql("select slug, updated_at from tips_tip where status = 'PUBLISHED' "
                                + "order by published_at, id offset :offset limit :limit")
                        .param("offset", from)
                        .param("limit", count)
                        .query((row, n) -> Entry.of(TipsController.PATH + "/" + row.getString(1), row.getTimestamp(2)))
                        .list());
    }
}
