package org.icmf.blog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.icmf.blog.BlogViews.SearchHit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over public posts with PostgreSQL's {@code icmf_french} configuration (French
 * stemming over unaccented words, see V1 migration): "éthique", "ethique" and "Ethiques" meet. The
 * visitor's words go through {@code websearch_to_tsquery}, which accepts any input without syntax
 * errors, and as a bind parameter, never into the SQL text.
 */
@Service
@Transactional(readOnly = true)
public class PostSearch {

    /** Markers ts_headline puts around matches; control characters cannot come from stored text. */
    private static final String START = "\u0002";

    private static final String STOP = "\u0003";
    private static final String EXCERPT_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String TITLE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

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

    /** Public posts matching {@code query}, best first; the query is expected trimmed and non-blank. */
    public Page<SearchHit> search(String query, Pageable page) {
        Pageable sized = PageRequest.of(page.getPageNumber(), properties.searchPageSize());
        Timestamp now = Timestamp.from(clock.instant());
        long total = jdbc.sql("""
                        select count(*) from blog_post
                        where status = 'PUBLISHED' and published_at <= :now
                          and search_vector @@ websearch_to_tsquery('icmf_french', :query)""")
                .param("now", now)
                .param("query", query)
                .query(Long.class)
                .single();
        List<SearchHit> hits = total == 0
                ? List.of()
                : jdbc.sql("""
                        with q as (select websearch_to_tsquery('icmf_french', :query) as query)
                        select p.slug, p.published_at,
                               ts_headline('icmf_french', p.title, q.query, :titleOptions) as title,
                               ts_headline('icmf_french', p.body_text, q.query, :excerptOptions) as excerpt
                        from blog_post p, q
                        where p.status = 'PUBLISHED' and p.published_at <= :now and p.search_vector @@ q.query
                        order by ts_rank_cd(p.search_vector, q.query) desc, p.published_at desc
                        limit :limit offset :offset""")
                        .param("query", query)
                        .param("titleOptions", TITLE_OPTIONS)
                        .param("excerptOptions", EXCERPT_OPTIONS)
                        .param("now", now)
                        .param("limit", sized.getPageSize())
                        .param("offset", sized.getOffset())
                        .query((rs, row) -> {
                            Instant publishedAt =
                                    rs.getTimestamp("published_at").toInstant();
                            return new SearchHit(
                                    highlight(rs.getString("title")),
                                    blog.url(rs.getString("slug"), publishedAt),
                                    publishedAt.atZone(clock.getZone()).toLocalDate(),
                                    highlight(rs.getString("excerpt")));
                        })
                        .list();
        return new PageImpl<>(hits, sized, total);
    }

    /** Escapes everything, then turns the match markers into {@code <mark>}. */
    static String highlight(String marked) {
        return HtmlUtils.htmlEscape(marked).replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
