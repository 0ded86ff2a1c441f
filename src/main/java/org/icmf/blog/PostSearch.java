package org.icmf.blog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.icmf.blog.BlogViews.SearchHit;
import org.icmf.blog.BlogViews.SearchResults;
import org.icmf.blog.spi.SearchSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over public posts with PostgreSQL's {@code icmf_french} configuration (French
 * stemming over unaccented words, see V1 migration): "éthique", "ethique" and "Ethiques" meet. The
 * visitor's words go through {@code websearch_to_tsquery}, which accepts any input without syntax
 * errors, and as a bind parameter, never into the SQL text.
 */
@Service
@Transactional(readOnly = true)
public class PostSearch {

    private final JdbcClient jdbc;
    private final BlogService blog;
    private final BlogProperties properties;
    private final Clock clock;

    PostSearch(JdbcClient jdbc, BlogService blog, BlogProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.blog = blog;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Public posts matching {@code query}, best first; the query is expected trimmed and non-blank. Only the newest
     * {@code icmf.blog.search-max-results} matches are counted and ranked (a common word matches most posts): the
     * results say "more than" that many, and the newest matches are the ones a reader would open anyway.
     */
    public SearchResults search(String query, Pageable page) {
        Pageable sized = PageRequest.of(page.getPageNumber(), properties.searchPageSize());
        int max = properties.searchMaxResults();
        Timestamp now = Timestamp.from(clock.instant());
        long found = jdbc.sql("""
                        select count(*) from (
                            select 1 from blog_post
                            where status = 'PUBLISHED' and published_at <= :now
                              and search_vector @@ websearch_to_tsquery('icmf_french', :query)
                            limit :max + 1) found""")
                .param("now", now)
                .param("query", query)
                .param("max", max)
                .query(Long.class)
                .single();
        List<SearchHit> hits = found == 0 || sized.getOffset() >= max
                ? List.of()
                : jdbc.sql("""
                        with q as (select websearch_to_tsquery('icmf_french', :query) as query),
                        newest as (
                            select p.id, p.published_at, ts_rank_cd(p.search_vector, q.query) as rank
                            from blog_post p, q
                            where p.status = 'PUBLISHED' and p.published_at <= :now and p.search_vector @@ q.query
                            order by p.published_at desc
                            limit :max),
                        shown as (
                            select id, published_at, rank from newest
                            order by rank desc, published_at desc
                            limit :limit offset :offset)
                        select p.slug, s.published_at,
                               ts_headline('icmf_french', p.title, q.query, :titleOptions) as title,
                               ts_headline('icmf_french', p.body_text, q.query, :excerptOptions) as excerpt
                        from shown s join blog_post p on p.id = s.id, q
                        order by s.rank desc, s.published_at desc""")
                        .param("query", query)
                        .param("titleOptions", SearchSource.TITLE_OPTIONS)
                        .param("excerptOptions", SearchSource.EXCERPT_OPTIONS)
                        .param("now", now)
                        .param("max", max)
                        .param("limit", sized.getPageSize())
                        .param("offset", sized.getOffset())
                        .query((rs, row) -> {
                            Instant publishedAt =
                                    rs.getTimestamp("published_at").toInstant();
                            return new SearchHit(
                                    SearchSource.highlight(rs.getString("title")),
                                    blog.url(rs.getString("slug"), publishedAt),
                                    publishedAt.atZone(clock.getZone()).toLocalDate(),
                                    SearchSource.highlight(rs.getString("excerpt")));
                        })
                        .list();
        return new SearchResults(new PageImpl<>(hits, sized, Math.min(found, max)), found > max);
    }
}
