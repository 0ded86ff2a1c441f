package org.icmf.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Home page, archives, labels, previous/next links and the French 404 page. */
@SiteTest
class BlogNavigationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void homeShowsTheNewestPostsUnderFrenchDateHeaders() throws Exception {
        Document home = page("/");
        assertThat(home.select(".date-header").eachText())
                .containsExactly(
                        "vendredi 29 mai 2009",
                        "mercredi 13 mai 2009",
                        "lundi 20 avril 2009",
                        "vendredi 3 avril 2009",
                        "mercredi 1er avril 2009");
        assertThat(home.select(".post-summary .post-title").eachText())
                .first()
                .isEqualTo("Nouveau site web et nouveau logo");
        assertThat(home.select(".pagination a[rel=next]").attr("href")).isEqualTo("/?page=2");
    }

    @Test
    void homeLinksLongPostsWithReadMoreAndShowsTheirLabels() throws Exception {
        Document home = page("/");
        assertThat(home.select(".read-more a").eachAttr("href"))
                .contains("/blog/2009/04/pourquoi-chaque-entreprise-devrait-avoir-un-community-manager");
        assertThat(home.select(".post-summary .labels a").eachText()).contains("presse", "métier");
    }

    @Test
    void secondHomePageShowsTheOlderPostsAndAThirdDoesNotExist() throws Exception {
        Document second = page("/?page=2");
        assertThat(second.select(".post-summary")).hasSize(5);
        assertThat(second.select(".date-header").last().text()).isEqualTo("mercredi 4 mars 2009");
        assertThat(second.select(".pagination a[rel=prev]").attr("href"))
                .as("page 1 is the list address itself")
                .isEqualTo("/");
        mvc.perform(get("/?page=3")).andExpect(status().isNotFound());
        mvc.perform(get("/?page=0")).andExpect(status().isNotFound());
    }

    @Test
    void sidebarCountsPostsPerYearAndMonth() throws Exception {
        Document home = page("/");
        assertThat(home.select(".archive-tree > li").first().text()).startsWith("2009 (10)");
        assertThat(home.select(".archive-tree li li").eachText()).containsExactly("Mai (2)", "Avril (3)", "Mars (5)");
        assertThat(home.select(".label-counts li").eachText()).contains("éthique (1)", "événements (1)");
    }

    @Test
    void archiveTreeListsTheMonthsOfTheYearBeingReadAndOnlyTheTotalOfTheOthers() throws Exception {
        jdbc.sql("""
                insert into blog_post (slug, title, body_markdown, body_html, body_text, excerpt_html, excerpt_truncated,
                                       status, published_at)
                values ('souvenir-de-novembre', 'Souvenir', 'x', '<p>x</p>', 'x', '<p>x</p>', false, 'PUBLISHED',
                        timestamptz '2008-11-20 10:00:00+01')""").update();
        try {
            Document home = page("/");
            assertThat(home.select(".archive-tree > li").eachText())
                    .containsExactly("2009 (10) Mai (2) Avril (3) Mars (5)", "2008 (1)");
            for (String about2008 :
                    new String[] {"/blog/2008", "/blog/2008/11", "/blog/2008/11/souvenir-de-novembre"}) {
                assertThat(page(about2008).select(".archive-tree > li").eachText())
                        .as(about2008)
                        .containsExactly("2009 (10)", "2008 (1) Novembre (1)");
            }
            assertThat(page("/blog/2009/03/bienvenue")
                            .select(".archive-tree li li")
                            .eachText())
                    .containsExactly("Mai (2)", "Avril (3)", "Mars (5)");
        } finally {
            jdbc.sql("delete from blog_post where slug = 'souvenir-de-novembre'")
                    .update();
        }
    }

    @Test
    void yearArchiveListsThatYearsPosts() throws Exception {
        Document year = page("/blog/2009");
        assertThat(year.select("h1").text()).isEqualTo("Archives 2009");
        assertThat(year.select(".post-summary")).hasSize(5);
        assertThat(page("/blog/2009?page=2").select(".post-summary")).hasSize(5);
    }

    @Test
    void monthArchiveListsThatMonthsPosts() throws Exception {
        Document april = page("/blog/2009/04");
        assertThat(april.select("h1").text()).isEqualTo("Archives avril 2009");
        assertThat(april.select(".post-summary .post-title").eachText())
                .containsExactly(
                        "Publication au journal officiel",
                        "Pourquoi chaque entreprise devrait avoir un Community Manager",
                        "“Community manager” ou “Community leader”?");
    }

    @Test
    void labelPageListsThePostsOfThatLabel() throws Exception {
        Document ethics = page("/blog/etiquettes/ethique");
        assertThat(ethics.select("h1").text()).isEqualTo("Étiquette « éthique »");
        assertThat(ethics.select(".post-summary .post-title").eachText())
                .containsExactly("Ethique, pourquoi le label bouche à oreilles® ?");
    }

    @Test
    void postLinksToThePreviousAndNextPosts() throws Exception {
        Document post = page("/blog/2009/04/publication-au-journal-officiel");
        assertThat(post.select(".post-nav a[rel=prev]").attr("href"))
                .isEqualTo("/blog/2009/04/pourquoi-chaque-entreprise-devrait-avoir-un-community-manager");
        assertThat(post.select(".post-nav a[rel=next]").attr("href")).isEqualTo("/blog/2009/05/communique-de-presse");
        assertThat(page("/blog/2009/05/nouveau-site-web-et-nouveau-logo").select(".post-nav a[rel=next]"))
                .isEmpty();
    }

    @Test
    void postHasCanonicalAndOpenGraphMetadata() throws Exception {
        Document post = page("/blog/2009/03/bienvenue");
        assertThat(post.select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost:8080/blog/2009/03/bienvenue");
        assertThat(post.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(post.select("meta[property=og:title]").attr("content")).isEqualTo("BIENVENUE");
        assertThat(post.select("meta[name=description]").attr("content")).startsWith("Bienvenue sur le site officiel");
        assertThat(post.select("html").attr("lang")).isEqualTo("fr");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/blog/2009/05/inconnu",
                "/blog/2009/04/nouveau-site-web-et-nouveau-logo",
                "/blog/2009/13",
                "/blog/2009/00",
                "/blog/1999",
                "/blog/abcd",
                "/blog/2009/5",
                "/blog/etiquettes/inconnue",
                "/page-inconnue",
                "/blog/2009/05/nouveau-site-web-et-nouveau-logo/extra",
                "/blog/etiquettes/ethique?page=9"
            })
    void answersUnknownAddressesWithTheFrenchNotFoundPage(String url) throws Exception {
        String html = mvc.perform(get(url))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("Page introuvable");
        assertThat(page.title()).isEqualTo("Page introuvable — ICMF");
        assertThat(page.select(".error-page p").get(1).text())
                .startsWith("La page demandée n'existe pas, n'existe plus");
        assertThat(page.select("footer").text()).contains("20 bis, rue Alleron");
    }

    @Test
    void answersAMalformedPageNumberWithAFrenchErrorPage() throws Exception {
        String html = mvc.perform(get("/?page=abc"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Requête incorrecte");
        assertThat(html).doesNotContain("Whitelabel", "Exception", "at org.");
    }

    @Test
    void redirectsTheBlogRootToTheHomePage() throws Exception {
        mvc.perform(get("/blog")).andExpect(status().is3xxRedirection());
    }
}
