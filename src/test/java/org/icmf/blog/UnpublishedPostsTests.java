package org.icmf.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Drafts and posts whose time has not come never show: not by URL, list, feed, sitemap, search or count. */
@SiteTest
class UnpublishedPostsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final Instant future = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);

    @BeforeEach
    void insertADraftAndAFuturePost() {
        insert("brouillon-secret-zephyr", "DRAFT", Timestamp.from(Instant.parse("2009-05-20T10:00:00Z")));
        insert("annonce-future-zephyr", "PUBLISHED", Timestamp.from(future));
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from blog_post where slug like '%-zephyr'").update();
    }

    private void insert(String slug, String status, Timestamp publishedAt) {
        jdbc.sql("""
                insert into blog_post (slug, title, body_markdown, body_html, body_text, excerpt_html, excerpt_truncated,
                                       status, published_at)
                values (:slug, :slug, 'zephyr', '<p>zephyr</p>', 'zephyr', '<p>zephyr</p>', false, :status, :publishedAt)""")
                .param("slug", slug)
                .param("status", status)
                .param("publishedAt", publishedAt)
                .update();
        jdbc.sql("insert into blog_post_label (post_id, label_id) select p.id, l.id from blog_post p, blog_label l "
                        + "where p.slug = :slug and l.slug = 'association'")
                .param("slug", slug)
                .update();
    }

    @Test
    void unpublishedPostsHaveNoPage() throws Exception {
        mvc.perform(get("/blog/2009/05/brouillon-secret-zephyr")).andExpect(status().isNotFound());
        String futureUrl = "/blog/%tY/%<tm/annonce-future-zephyr".formatted(Date.from(future));
        mvc.perform(get(futureUrl)).andExpect(status().isNotFound());
    }

    @Test
    void unpublishedPostsAppearInNoListFeedSitemapOrSearch() throws Exception {
        for (String url : new String[] {
            "/",
            "/blog/2009/05",
            "/blog/etiquettes/association",
            "/blog/feed.atom",
            "/blog/feed.rss",
            "/sitemap.xml",
            "/recherche?q=zephyr"
        }) {
            String body = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
            assertThat(body).as(url).doesNotContain("-zephyr");
        }
    }

    @Test
    void unpublishedPostsAreNotCountedInTheArchiveTree() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(home).select(".archive-tree li li").eachText()).contains("Mai (2)");
        assertThat(Jsoup.parse(home).select(".archive-tree > li").first().text())
                .startsWith("2009 (10)");
    }
}
