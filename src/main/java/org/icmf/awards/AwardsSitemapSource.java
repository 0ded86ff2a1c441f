package org.icmf.awards;

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
                .query((row, n) -> SitemapExtent.of(1 + row.getLong(1), row.getTimestamp(2)))
                .single();
    }

    @Override
    public List<Entry> sitemapEntries(int offset, int limit) {
        return SitemapSource.listThenItems(
                AwardsController.PATH,
                offset,
                limit,
                (from, count) -> jdbc.sql(
                                "select year, updated_at from award_edition order by year desc offset :offset limit :limit")
                        .param("offset", from)
                        .param("limit", count)
                        .query((row, n) -> Entry.of(AwardsController.PATH + "/" + row.getInt(1), row.getTimestamp(2)))
                        .list());
    }
}
