package org.icmf.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The original 2009 blog is on the site, post by post, as it was written. */
@SiteTest
class SeedContentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    static Stream<Arguments> seedPosts() {
        return Stream.of(
                Arguments.of(
                        "/blog/2009/03/bienvenue",
                        "BIENVENUE",
                        "mercredi 4 mars 2009",
                        "Nous recherchons donc un représentant de l'ICMF habitant dans chacun région de France.",
                        "Olivier",
                        null),
                Arguments.of(
                        "/blog/2009/03/qu-est-ce-qu-un-community-manager",
                        "Qu'est ce qu'un community manager ?",
                        "mercredi 11 mars 2009",
                        "Esprit de synthèse afin de relayer les informations auprès des dirigeants d’entreprises",
                        null,
                        null),
                Arguments.of(
                        "/blog/2009/03/ethique-pourquoi-le-label-bouche-a-oreilles",
                        "Ethique, pourquoi le label bouche à oreilles® ?",
                        "vendredi 13 mars 2009",
                        "Traiter sa communité comme une femme que l'on aime",
                        null,
                        null),
                Arguments.of(
                        "/blog/2009/03/dans-le-passe-vous-etiez-ce-que-vous-possediez-aujourd-hui-vous-etes-ce-que-vous",
                        "\"Dans le passé vous étiez ce que vous possédiez. Aujourd'hui vous êtes ce que vous partagez.\"",
                        "mercredi 25 mars 2009",
                        "Un rallye annuel avec tente et sac à dos pour souder les équipes",
                        "Olivier",
                        null),
                Arguments.of(
                        "/blog/2009/03/le-cafe-des-community-managers",
                        "Le Café des Community managers",
                        "samedi 28 mars 2009",
                        "Le Café des Community managers se déroulera au 1er étage du café",
                        "Dominique",
                        "Dominique Dufour"),
                Arguments.of(
                        "/blog/2009/04/community-manager-ou-community-leader",
                        "“Community manager” ou “Community leader”?",
                        "mercredi 1er avril 2009",
                        "C’est là que le terme “Manager” me gêne.",
                        null,
                        "Par Jean Dubearnes"),
                Arguments.of(
                        "/blog/2009/04/pourquoi-chaque-entreprise-devrait-avoir-un-community-manager",
                        "Pourquoi chaque entreprise devrait avoir un Community Manager",
                        "vendredi 3 avril 2009",
                        "Evangéliste est un terme repris au début des années 80 par Guy Kawasaki",
                        null,
                        "Par Stéphane Delbecque"),
                Arguments.of(
                        "/blog/2009/04/publication-au-journal-officiel",
                        "Publication au journal officiel",
                        "lundi 20 avril 2009",
                        "Identification WALDEC : W372009690",
                        null,
                        null),
                Arguments.of(
                        "/blog/2009/05/communique-de-presse",
                        "Communiqué de presse",
                        "mercredi 13 mai 2009",
                        "nous sommes heureux de vous annoncer la naissance de l’Institut des Community Managers Français (ICMF)",
                        "Nathalie DURAN",
                        null),
                Arguments.of(
                        "/blog/2009/05/nouveau-site-web-et-nouveau-logo",
                        "Nouveau site web et nouveau logo",
                        "vendredi 29 mai 2009",
                        "En attendant, nous vous présentons le nouveau logo de l'ICMF.",
                        "Olivier KAYSER",
                        null));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("seedPosts")
    void showsEachSeedPostWithItsTitleDateTextAuthorAndSource(
            String url, String title, String date, String sentence, String author, String source) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("article.post h1").text()).isEqualTo(title);
        assertThat(page.select("article.post time").text()).isEqualTo(date);
        assertThat(page.select("article.post .post-body").text()).contains(sentence);
        assertThat(page.title()).startsWith(title);
        if (author != null) {
            assertThat(page.select("article.post .signature").text()).startsWith(author);
        }
        if (source != null) {
            assertThat(page.select("article.post .source").text()).contains(source);
        }
    }

    @Test
    void importsExactlyTheTenSeedPostsOnce() {
        assertThat(jdbc.sql("select count(*) from blog_post where created_at < '2010-01-01'")
                        .query(Long.class)
                        .single())
                .isEqualTo(10);
        assertThat(jdbc.sql("select count(distinct slug) from blog_post")
                        .query(Long.class)
                        .single())
                .isEqualTo(jdbc.sql("select count(*) from blog_post")
                        .query(Long.class)
                        .single());
    }

    @Test
    void migratingAgainAsOnEveryRestartImportsNothingTwice() {
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        assertThat(jdbc.sql("select count(*) from blog_post where created_at < '2010-01-01'")
                        .query(Long.class)
                        .single())
                .isEqualTo(10);
        // the four pages drawn from the seed and the three legal pages
        assertThat(jdbc.sql("select count(*) from site_page").query(Long.class).single())
                .isEqualTo(7);
    }

    @Test
    void keepsTheSeedListsAsLists() throws Exception {
        Document ethics = Jsoup.parse(mvc.perform(get("/blog/2009/03/ethique-pourquoi-le-label-bouche-a-oreilles"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(ethics.select(".post-body li")).hasSize(9);

        Document membership = Jsoup.parse(mvc.perform(
                        get(
                                "/blog/2009/03/dans-le-passe-vous-etiez-ce-que-vous-possediez-aujourd-hui-vous-etes-ce-que-vous"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(membership.select(".post-body li li").eachText()).contains("se faire connaître", "trouver un job");
    }

    @Test
    void linksTheSourceOfAPostWhenTheSeedGivesAnAddress() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/blog/2009/04/community-manager-ou-community-leader"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".source a").attr("href")).isEqualTo("http://www.blog-introduction.fr/");
    }

    @Test
    void showsTheFourPagesDrawnFromTheSeed() throws Exception {
        assertPage("/le-metier", "Profil", "Compétences", "Son job");
        assertPage("/charte", "Ne pas se faire passer pour un consommateur");
        assertPage(
                "/association",
                "Publication au journal officiel",
                "Siège social : 20 bis, rue Alleron, 37000 Tours.",
                "Content manager");
        assertPage("/adherer", "sans montant pré-défini", "réglement par chéque, merci !");
    }

    private void assertPage(String url, String... texts) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("main h1").text()).isNotBlank();
        assertThat(page.select("main").text()).contains(texts);
    }
}
