package org.icmf.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.icmf.blog.BlogViews.SearchResults;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /recherche}: French full-text search over the public posts. */
@SiteTest
class SearchTests {

    private static final String ETHICS = "Ethique, pourquoi le label bouche à oreilles® ?";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BlogService blog;

    @Autowired
    BlogProperties properties;

    @Autowired
    Clock clock;

    private Document search(String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/recherche").param("q", query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void findsTheEthicsPostForBouche() throws Exception {
        Document results = search("bouche");
        assertThat(results.select(".search-results h2").eachText()).containsExactly(ETHICS);
        assertThat(results.select(".search-count").text()).isEqualTo("1 article correspond à « bouche ».");
    }

    @ParameterizedTest
    @ValueSource(strings = {"éthique", "ethique", "ETHIQUE", "Éthiques"})
    void ignoresAccentsCaseAndPlurals(String query) throws Exception {
        assertThat(search(query).select(".search-results h2").eachText()).contains(ETHICS);
    }

    @Test
    void stemsFrenchWords() throws Exception {
        // "adhérez" appears nowhere; it shares its stem "adher" with "Adhérer" in the 25 March post.
        assertThat(search("adhérez").select(".search-results h2").eachText())
                .containsExactly(
                        "\"Dans le passé vous étiez ce que vous possédiez. Aujourd'hui vous êtes ce que vous partagez.\"");
    }

    @Test
    void ranksTitleMatchesFirstAndHighlightsMatches() throws Exception {
        Document results = search("journal officiel");
        assertThat(results.select(".search-results h2").first().text()).isEqualTo("Publication au journal officiel");
        assertThat(results.select(".search-results mark").eachText()).contains("journal", "officiel");
    }

    @Test
    void saysPolitelyWhenNothingMatches() throws Exception {
        Document results = search("xylophone");
        assertThat(results.select(".search-count").text()).isEqualTo("Aucun article ne correspond à « xylophone ».");
        assertThat(results.select(".search-results")).isEmpty();
    }

    @Test
    void asksForWordsWhenTheQueryIsBlank() throws Exception {
        Document results = search("   ");
        assertThat(results.select(".field-error").text()).isEqualTo("Saisissez un ou plusieurs mots à rechercher.");
        assertThat(results.select("#q").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void showsTheFormWithoutMessageOnFirstVisit() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/recherche"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".field-error")).isEmpty();
        assertThat(page.select("label[for=q]").text()).isEqualTo("Mots recherchés");
    }

    @Test
    void refusesOverLongQueriesAndKeepsWhatWasTyped() throws Exception {
        String longQuery = "community ".repeat(30);
        Document results = search(longQuery);
        assertThat(results.select(".field-error").text())
                .isEqualTo("Votre recherche est trop longue : 200 caractères au maximum.");
        assertThat(results.select("#q").val()).isEqualTo(longQuery);
        assertThat(results.select(".search-results")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "'; drop table blog_post; --",
                "\" OR 1=1 --",
                "bouche & | ! ( :*",
                "<script>alert(1)</script>",
                "-",
                "le la les",
                "\u0002bouche\u0003"
            })
    void treatsInjectionLookingInputAsPlainWords(String query) throws Exception {
        String html = mvc.perform(get("/recherche").param("q", query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(jdbc.sql("select count(*) from blog_post").query(Long.class).single())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void escapesTheQueryInTheHighlightedExcerpt() throws Exception {
        String html = mvc.perform(get("/recherche").param("q", "bouche <b>oreilles</b>"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<b>oreilles</b>");
    }

    @Test
    void paginatesResults() throws Exception {
        Document first = search("community");
        assertThat(first.select(".search-results li")).hasSize(4);
        assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/recherche?q=community&page=2");
    }

    @Test
    void countsAndRanksOnlyTheNewestMatchesBeyondItsLimit() throws Exception {
        int matches = (int) search("community")
                .select(".search-count")
                .text()
                .chars()
                .takeWhile(Character::isDigit)
                .map(digit -> digit - '0')
                .reduce(0, (n, digit) -> n * 10 + digit);
        assertThat(matches).isGreaterThan(3);
        PostSearch capped = new PostSearch(jdbc, blog, withMaxResults(3), clock);

        SearchResults results = capped.search("community", PageRequest.of(0, 4));

        assertThat(results.more()).isTrue();
        assertThat(results.hits().getTotalElements()).isEqualTo(3);
        assertThat(results.hits().getContent()).hasSize(3);
        assertThat(capped.search("community", PageRequest.of(1, 4)).hits().getContent())
                .isEmpty();
        assertThat(new PostSearch(jdbc, blog, withMaxResults(matches), clock)
                        .search("community", PageRequest.of(0, 4))
                        .more())
                .isFalse();
    }

    private BlogProperties withMaxResults(int max) {
        return new BlogProperties(
                properties.pageSize(),
                properties.searchPageSize(),
                properties.feedSize(),
                properties.maxQueryLength(),
                max);
    }
}
