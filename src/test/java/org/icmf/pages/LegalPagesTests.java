package org.icmf.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import db.migration.V47__restore_seed_wording;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.security.BoardAccounts;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.icmf.web.FrenchDates;
import org.icmf.web.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal pages: seeded and editable like the others, their facts filled from the configuration, linked from every
 * page's footer; and the rule by which a migration corrects a seeded page only where the board left it untouched.
 */
@SiteTest
class LegalPagesTests {

    private static final BoardUser EDITOR = new BoardUser(
            4344, "legal@icmf.example", "Rédaction des pages légales", "{noop}unused", true, EnumSet.of(Role.EDITOR));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LegalProperties legal;

    @Autowired
    SiteProperties site;

    @Autowired
    List<PrivacyFacts> facts;

    @Autowired
    BoardAccounts accounts;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    private Document html(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void legalNoticeNamesThePublisherDirectorAndHostFromTheConfiguration() throws Exception {
        Element page = html("/mentions-legales").selectFirst("article.page-article");

        assertThat(page.select("h1").text()).isEqualTo("Mentions légales");
        assertThat(page.text())
                .contains(
                        "article 6-III de la loi n° 2004-575",
                        "Institut des Community Managers Français (ICMF), association à but non lucratif régie par la loi du 1er juillet 1901",
                        "Siège social : " + site.streetAddress() + ", " + site.postalCode() + " " + site.city(),
                        "Téléphone : " + legal.phone(),
                        legal.director().name() + ", " + legal.director().role(),
                        legal.host().name(),
                        legal.host().address(),
                        "Téléphone : " + legal.host().phone(),
                        "Propriété intellectuelle")
                .doesNotContain("{{");
        assertThat(page.select("a[href^=mailto:]").attr("href"))
                .isEqualTo("mailto:" + legal.director().email());
        assertThat(legal.director().name()).isEqualTo("Olivier Kayser");
    }

    @Test
    void privacyPageListsTheRetentionPeriodsTheJobsApplyAndTheCookiesTheSiteSets() throws Exception {
        Element page = html("/confidentialite").selectFirst("article.page-article");
        assertThat(page.text())
                .doesNotContain("{{")
                .contains(
                        "CNIL",
                        "Mes données",
                        "aucun bandeau",
                        "article 13 du règlement général sur la protection des données");

        Element retentions = page.select("table").first();
        assertThat(retentions.select("caption").text()).isEqualTo("Durées de conservation des données personnelles");
        List<String> rows = retentions.select("tbody tr").eachText();
        long declared =
                facts.stream().mapToLong(source -> source.retentions().size()).sum();
        assertThat(rows)
                .hasSize((int) declared + 1)
                .contains(
                        "Courriel envoyé par le site (texte et pièces jointes) 90 jours après son écriture",
                        "Message envoyé par le formulaire de contact, avec les réponses du bureau 1 an après son envoi",
                        "Inscription à un événement 1 an après l’événement",
                        "Adresse électronique d’un commentateur 2 ans après l’envoi du commentaire",
                        "Session d’un membre du bureau connecté 30 minutes sans activité, 12 heures au plus",
                        "Demande d’adhésion refusée 1 an après la décision",
                        "Session d’un membre connecté à l’espace membre 1 heure sans activité, 12 heures au plus");
        assertThat(page.select("h3:containsOwn(Espace membre) + ul").text())
                .contains("lien de connexion", "profil public", "la date");
        assertThat(rows.get(rows.size() - 1))
                .endsWith(FrenchDates.duration(legal.host().logRetention()));
        assertThat(page.text())
                .contains("conservés " + FrenchDates.duration(legal.host().logRetention()));
        assertThat(page.select("table").get(1).select("tbody tr td:first-child").eachText())
                .containsExactly("ICMF_MEMBRE", "XSRF-TOKEN", "SESSION", "REDIRECT_URI");
    }

    /**
     * The cookie table lists every cookie the real server sets for a reader, a visitor of the admin area and a board
     * member logging in. (Which of them hold the CSRF token depends on the tests run before in this shared context:
     * Spring Security's MockMvc {@code csrf()} swaps the filter's token repository for one in the session. So the
     * check is that nothing undeclared is ever set; the CSRF cookie's name is the one SecurityConfiguration sets.)
     */
    @Test
    void theCookiesListedAreTheCookiesTheSiteSets() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Set<String> set = new TreeSet<>();
        String loginPage = "";
        for (String path : List.of(
                "/",
                "/charte",
                "/confidentialite",
                "/le-metier",
                "/contact",
                "/espace-membre",
                "/admin",
                "/admin/connexion")) {
            HttpResponse<String> response = browser.send(
                    HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
            set.addAll(cookieNames(response));
            loginPage = response.body();
        }
        BoardUser account = accounts.create(
                "cookies-" + UUID.randomUUID() + "@icmf.example",
                "Cookies",
                "phrase de passe du bureau",
                EnumSet.of(Role.EDITOR),
                Actor.SYSTEM);
        String form = "email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode("phrase de passe du bureau", StandardCharsets.UTF_8)
                + "&_csrf=" + Jsoup.parse(loginPage).select("input[name=_csrf]").val();
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create(url("/admin/connexion")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/admin"));
        set.addAll(cookieNames(login));

        Set<String> listed = new TreeSet<>(html("/confidentialite")
                .select("table")
                .get(1)
                .select("tbody tr td:first-child")
                .eachText());
        assertThat(set).contains("SESSION", "REDIRECT_URI");
        assertThat(listed)
                .containsAll(set)
                .containsExactlyInAnyOrder("ICMF_MEMBRE", "XSRF-TOKEN", "SESSION", "REDIRECT_URI");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Set<String> cookieNames(HttpResponse<?> response) {
        Set<String> names = new TreeSet<>();
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            names.add(cookie.substring(0, cookie.indexOf('=')).strip());
        }
        return names;
    }

    @Test
    void accessibilityStatementSaysPartiallyConformantAndHowToReportABarrier() throws Exception {
        Element page = html("/accessibilite").selectFirst("article.page-article");

        assertThat(page.select("h1").text()).isEqualTo("Déclaration d'accessibilité");
        assertThat(page.text())
                .doesNotContain("{{")
                .contains(
                        "partiellement conforme",
                        "RGAA",
                        "version 4.1",
                        "axe-core",
                        "revue manuelle",
                        "Défenseur des droits",
                        "Libre réponse 71120",
                        legal.phone());
        assertThat(page.select("a[href=/contact]")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/charte",
                "/blog/2009/03/bienvenue",
                "/evenements",
                "/contact",
                "/mentions-legales",
                "/page-inconnue"
            })
    void everyPageLinksTheThreeLegalPagesFromItsFooter(String path) throws Exception {
        Document page =
                Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());

        assertThat(page.select("footer.site-footer a").eachAttr("href"))
                .contains("/mentions-legales", "/confidentialite", "/accessibilite");
        assertThat(page.select("footer.site-footer a[href=/accessibilite]").text())
                .isEqualTo("Accessibilité : partiellement conforme");
    }

    @Test
    void theEditorListsThePlaceholdersAndThePreviewFillsThem() throws Exception {
        long id = jdbc.sql("select id from site_page where slug = 'mentions-legales'")
                .query(Long.class)
                .single();
        Document form = Jsoup.parse(mvc.perform(get("/admin/pages/" + id).with(user(EDITOR)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select(".placeholders dt").eachText())
                .contains(
                        "{{directeur-publication}}",
                        "{{hebergeur}}",
                        "{{durees-conservation}}",
                        "{{cookies}}",
                        "{{journaux-serveur}}");
        assertThat(form.select(".placeholders").text())
                .contains("actuellement : « " + legal.director().name());
        assertThat(form.select("#body").text()).contains("{{hebergeur}}");

        Document preview = Jsoup.parse(mvc.perform(
                        post("/admin/pages/" + id)
                                .with(user(EDITOR))
                                .with(csrf())
                                .param("title", "Mentions légales")
                                .param("slug", "mentions-legales")
                                .param("description", "")
                                .param("navTitle", "")
                                .param("navOrder", "")
                                .param("version", "0")
                                .param("action", "apercu")
                                .param(
                                        "body",
                                        "Hébergé par :\n\n{{hebergeur}}\n\nDirecteur : {{directeur-publication}}.\n\n{{inconnu}}"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(preview.select(".preview .legal-facts").text())
                .contains(legal.host().name(), legal.host().phone());
        assertThat(preview.select(".preview").text())
                .contains("Directeur : " + legal.director().name())
                .contains("{{inconnu}}");
    }

    @Test
    @Transactional
    void aSeedCorrectionReachesAnUntouchedPageButNeverOneTheBoardEdited() throws Exception {
        V47__restore_seed_wording migration = new V47__restore_seed_wording();
        String corrected = jdbc.sql("select body_markdown from site_page where slug = 'le-metier'")
                .query(String.class)
                .single();
        String imported = corrected.replace(
                "\n\nEtes vous d'accord avec ce profil ? Merci de laisser vos commentaires et suggestions...\n", "\n");
        assertThat(imported).isNotEqualTo(corrected);
        jdbc.sql("update site_page set body_markdown = :body where slug in ('le-metier', 'charte')")
                .param("body", imported)
                .update();
        // The board saved the charter once (the text it saved happens to be the imported one).
        jdbc.sql("""
                insert into site_page_revision (page_id, title, slug, body_markdown, saved_by_name, saved_at)
                select id, title, slug, body_markdown, 'Bureau', now() from site_page where slug = 'charte'""").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        String importedMd5 = V47__restore_seed_wording.IMPORTED_PAGES.get("le-metier");

        assertThat(migration.restorePage(connection, "le-metier", importedMd5, corrected))
                .isTrue();
        assertThat(migration.restorePage(connection, "charte", importedMd5, corrected))
                .isFalse();

        assertThat(jdbc.sql("select body_markdown from site_page where slug = 'le-metier'")
                        .query(String.class)
                        .single())
                .isEqualTo(corrected);
        assertThat(jdbc.sql("select body_html from site_page where slug = 'le-metier'")
                        .query(String.class)
                        .single())
                .contains("Etes vous d'accord avec ce profil ?");
        assertThat(jdbc.sql("select body_markdown from site_page where slug = 'charte'")
                        .query(String.class)
                        .single())
                .isEqualTo(imported);
        jdbc.sql("update site_page set body_markdown = 'Texte du bureau' where slug = 'le-metier'")
                .update();
        assertThat(migration.restorePage(connection, "le-metier", importedMd5, corrected))
                .as("edited text")
                .isFalse();
    }
}
