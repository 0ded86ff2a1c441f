package org.icmf.tips;

import java.util.List;
import org.icmf.blog.spi.SearchSource;
import org.icmf.web.FrenchDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published tips on the site search page: among the newest hundred matches (on the tips' full-text index), the
 * {@code icmf.tips.search-results} most relevant; one row more than shown tells whether others match, nothing counts
 * further.
 */
@Component
@Transactional(readOnly = true)
class TipsSearchSource implements SearchSource {

    private static final int RANKED = 100;

    private final JdbcClient jdbc;
    private final TipsProperties properties;
    private final FrenchDates dates;

    TipsSearchSource(JdbcClient jdbc, TipsProperties properties, FrenchDates dates) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.dates = dates;
    }

    @Override
    public SearchGroup search(String query) {
        int shown = properties.searchResults();
        List<Hit> hits = jdbc.sql("""
                with q as (select websearch_to_tsquery('icmf_french', :query) as query),
                newest as (
                    select t.id, t.published_at, ts_rank_cd(t.search_vector, q.query) as rank
                    from tips_tip t, q
                    where t.status = 'PUBLISHED' and t.search_vector @@ q.query
                    order by t.published_at desc
                    limit :ranked),
                best as (select id, published_at, rank from newest order by rank desc, published_at desc limit :limit)
                select t.slug, b.published_at,
                       ts_headline('icmf_french', t.title, q.query, :titleOptions) as title,
                       ts_headline('icmf_french', t.body_text, q.query, :excerptOptions) as excerpt
                from best b join tips_tip t on t.id = b.id, q
                order by b.rank desc, b.published_at desc""")
                .param("query", query)
                .param("ranked", RANKED)
                .param("limit", shown + 1)
                .param("titleOptions", TITLE_OPTIONS)
                .param("excerptOptions", EXCERPT_OPTIONS)
                .query((row, n) -> new Hit(
                        SearchSource.highlight(row.getString("title")),
                        TipsController.PATH + "/" + row.getString("slug"),
                        dates.localDate(row.getTimestamp("published_at").toInstant()),
                        SearchSource.highlight(row.getString("excerpt"))))
                .list();
        return new SearchGroup(
                "tips.search.heading",
                hits.subList(0, Math.min(shown, hits.size())),
                hits.size() > shown,
                TipsController.PATH);
    }
}
