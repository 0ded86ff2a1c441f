package org.icmf.pages.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Board members edit the site's pages, create new ones linked in the menu, and put them in the trash. */
@SiteTest
class AdminPagesTests {

    private static final BoardUser EDITOR = new BoardUser(
            4343, "pages@icmf.example", "Rédaction des pages", "{noop}unused", true, EnumSet.of(Role.EDITOR));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestPages() {
        jdbc.sql("delete from site_page where slug like 'essai-%'").update();
    }

    private MockHttpServletRequestBuilder pageForm(String url, String title, String body, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", "");
        fields.put("description", "");
        fields.put("body", body);
        fields.put("navTitle", "");
        fields.put("navOrder", "");
        fields.put("action", "enregistrer");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(user(EDITOR)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long create(String title, String body, String... overrides) throws Exception {
        MockHttpServletResponse response = mvc.perform(pageForm("/admin/pages/nouvelle", title, body, overrides))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl())
                .as(response.getContentAsString())
                .startsWith("/admin/pages/");
        return Long.parseLong(response.getRedirectedUrl().substring("/admin/pages/".length()));
    }

    private Document html(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(EDITOR)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long version(long id) {
        return jdbc.sql("select version from site_page where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void refusesAnImageWithoutTextAlternativeAndKeepsWhatWasTyped() throws Exception {
        String typed = "<img src=\"/media/0123456789abcdef.png\">\n\n![ ][logo]\n\n[logo]: /media/0123456789abcdef.png";

        Document page =
                Jsoup.parse(mvc.perform(pageForm("/admin/pages/nouvelle", "Essai image", typed, "slug", "essai-image"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(page.select("#body-erreur").text()).startsWith("Chaque image doit avoir un texte alternatif");
        assertThat(page.select("#body").val()).isEqualTo(typed);
        assertThat(jdbc.sql("select count(*) from site_page where slug = 'essai-image'")
                        .query(Long.class)
                        .single())
                .isZero();

        create("Essai image", "![Logo de l'ICMF](/media/0123456789abcdef.png)", "slug", "essai-image");
        assertThat(jdbc.sql("select missing_alt_text from site_page where slug = 'essai-image'")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void listsTheSeedPagesInMenuOrder() throws Exception {
        assertThat(html("/admin/pages").select("tbody td:first-child").eachText())
                .startsWith(
                        "Le métier de community manager",
                        "La charte éthique : le label bouche à oreilles®",
                        "L'association",
                        "Adhérer à l'ICMF");
    }

    @Test
    void createsAPageAtItsOwnAddressLinkedInTheMenuAndTheSitemap() throws Exception {
        create(
                "Essai : nos partenaires",
                "Ils nous **soutiennent**.",
                "navTitle",
                "Partenaires",
                "navOrder",
                "5",
                "description",
                "Les partenaires de l'ICMF.");

        Document page = Jsoup.parse(mvc.perform(get("/essai-nos-partenaires"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Essai : nos partenaires");
        assertThat(page.select(".page-body strong").text()).isEqualTo("soutiennent");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Les partenaires de l'ICMF.");
        assertThat(page.select(".site-nav a").eachText())
                .containsExactly(
                        "Actualités",
                        "Événements",
                        "Le métier",
                        "La charte",
                        "L'association",
                        "Adhérer",
                        "Partenaires");
        assertThat(page.select(".site-nav a[aria-current=page]").text()).isEqualTo("Partenaires");
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
                .contains("/essai-nos-partenaires");
    }

    @Test
    void savesEachEditAsARevisionAndRestoresAnEarlierOne() throws Exception {
        long id = create("Essai charte", "Première version.");
        mvc.perform(pageForm(
                "/admin/pages/" + id,
                "Essai charte",
                "Deuxième version.",
                "slug",
                "essai-charte",
                "version",
                String.valueOf(version(id))));
        assertThat(html("/essai-charte").select(".page-body").text()).isEqualTo("Deuxième version.");

        Document form = html("/admin/pages/" + id);
        assertThat(form.select(".revisions li")).hasSize(2);
        assertThat(form.select(".revisions li").first().text()).contains("Rédaction des pages");
        String firstRevision = form.select(".revisions li a").last().attr("href");
        assertThat(html(firstRevision).select(".preview").text()).isEqualTo("Première version.");

        mvc.perform(post(firstRevision + "/restaurer").with(user(EDITOR)).with(csrf()));

        assertThat(html("/essai-charte").select(".page-body").text()).isEqualTo("Première version.");
        assertThat(html("/admin/pages/" + id).select(".revisions li")).hasSize(3);
    }

    @Test
    void publishesScriptsEventHandlersAndJavascriptLinksHarmless() throws Exception {
        create(
                "Essai piégé",
                "Texte <script>alert('x')</script> <img src=x alt=Image onerror=alert(1)> [clic](javascript:alert(2))");

        String body = html("/essai-piege").select(".page-body").html();
        assertThat(body).doesNotContain("<script", "onerror", "javascript:", "alert(");
    }

    @Test
    void rejectsBadInputWithFrenchMessagesAndKeepsWhatWasTyped() throws Exception {
        Document form = Jsoup.parse(mvc.perform(pageForm(
                        "/admin/pages/nouvelle",
                        "",
                        "Mon texte <b>gardé</b>",
                        "navOrder",
                        "premier",
                        "navTitle",
                        "<script>"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(form.select("#title-erreur").text()).isEqualTo("Donnez un titre à la page.");
        assertThat(form.select("#navOrder-erreur").text()).isEqualTo("La position est un nombre entier de 0 à 999.");
        assertThat(form.select("#navTitle-erreur").text())
                .isEqualTo("Le titre dans le menu ne peut pas contenir les caractères < et >.");
        assertThat(form.select("#body").text()).isEqualTo("Mon texte <b>gardé</b>");
        assertThat(form.select("#navOrder").val()).isEqualTo("premier");
        assertThat(jdbc.sql("select count(*) from site_page where body_markdown like 'Mon texte%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAnAddressThatIsASectionOfTheSiteOrAnotherPage() throws Exception {
        for (String[] attempt : new String[][] {
            {"blog", "Cette adresse est réservée à une rubrique du site : choisissez-en une autre."},
            {"charte", "Cette adresse est déjà celle d'une autre page (peut-être dans la corbeille)."}
        }) {
            Document form =
                    Jsoup.parse(mvc.perform(pageForm("/admin/pages/nouvelle", "Essai", "Texte.", "slug", attempt[0]))
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            assertThat(form.select("#slug-erreur").text()).as(attempt[0]).isEqualTo(attempt[1]);
        }
        assertThat(html("/charte").select("h1").text()).isEqualTo("La charte éthique : le label bouche à oreilles®");
    }

    @Test
    void refusesToOverwriteAPageSavedBySomeoneElseMeanwhile() throws Exception {
        long id = create("Essai concurrent", "Version A.");
        long opened = version(id);
        mvc.perform(pageForm(
                "/admin/pages/" + id,
                "Essai concurrent",
                "Version B.",
                "slug",
                "essai-concurrent",
                "version",
                String.valueOf(opened)));

        Document form = Jsoup.parse(mvc.perform(pageForm(
                        "/admin/pages/" + id,
                        "Essai concurrent",
                        "Version C.",
                        "slug",
                        "essai-concurrent",
                        "version",
                        String.valueOf(opened)))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(form.select(".form-error").text()).contains("Quelqu'un a enregistré cette page");
        assertThat(form.select("#body").text()).isEqualTo("Version C.");
        assertThat(html("/essai-concurrent").select(".page-body").text()).isEqualTo("Version B.");
    }

    @Test
    void trashesAPageAfterConfirmationThenRestoresIt() throws Exception {
        long id = create("Essai à jeter", "Texte.", "navTitle", "À jeter", "navOrder", "9");
        assertThat(html("/admin/pages/" + id + "/supprimer").select("h1").text())
                .isEqualTo("Mettre cette page à la corbeille ?");

        mvc.perform(post("/admin/pages/" + id + "/supprimer").with(user(EDITOR)).with(csrf()));

        assertThat(mvc.perform(get("/essai-a-jeter")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(html("/").select(".site-nav a").eachText()).isNotEmpty().doesNotContain("À jeter");
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
                .doesNotContain("essai-a-jeter");
        assertThat(html("/admin/pages/corbeille").select("tbody tr").text()).contains("Essai à jeter");

        mvc.perform(post("/admin/pages/" + id + "/restaurer").with(user(EDITOR)).with(csrf()));

        assertThat(mvc.perform(get("/essai-a-jeter")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(html("/").select(".site-nav a").eachText()).contains("À jeter");
    }

    @Test
    void answersAForgedPageOrRevisionIdWithNotFound() throws Exception {
        assertThat(mvc.perform(get("/admin/pages/999999").with(user(EDITOR)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        long id = create("Essai révision", "Texte.");
        assertThat(mvc.perform(get("/admin/pages/" + id + "/revisions/999999").with(user(EDITOR)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/admin/pages/999999/supprimer")
                                .with(user(EDITOR))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void refusesToRestoreAVersionWhoseAddressIsNowAnotherPages() throws Exception {
        long id = create("Essai déménagé", "Texte.", "slug", "essai-ancienne-adresse");
        mvc.perform(pageForm(
                "/admin/pages/" + id,
                "Essai déménagé",
                "Texte.",
                "slug",
                "essai-nouvelle-adresse",
                "version",
                String.valueOf(version(id))));
        create("Essai occupant", "Texte.", "slug", "essai-ancienne-adresse");
        String firstRevision =
                html("/admin/pages/" + id).select(".revisions li a").last().attr("href");

        var restored = mvc.perform(
                        post(firstRevision + "/restaurer").with(user(EDITOR)).with(csrf()))
                .andReturn();

        assertThat(restored.getFlashMap().get("flash")).isEqualTo("page.revision.slugTaken");
        assertThat(jdbc.sql("select slug from site_page where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("essai-nouvelle-adresse");
        assertThat(html("/admin/pages/" + id).select(".revisions li"))
                .as("no revision added")
                .hasSize(2);
    }
}
