package org.icmf.editing;

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

/**
 * The editors' autosave ({@code POST /admin/articles/{id}/brouillon-auto}, same for pages): the text being written is
 * kept as the author's one automatic revision, which changes nothing published, stays out of the saved versions and
 * never gets in the way of the real save; reopening the editor offers it back.
 */
@SiteTest
class AutosaveTests {

    private static final BoardUser EDITOR = new BoardUser(
            4251, "autosave@icmf.example", "Brouillon ICMF", "{noop}unused", true, EnumSet.of(Role.EDITOR));
    private static final BoardUser OTHER_EDITOR =
            new BoardUser(4252, "autre@icmf.example", "Autre ICMF", "{noop}unused", true, EnumSet.of(Role.EDITOR));
    private static final BoardUser TREASURER = new BoardUser(
            4253, "tresor@icmf.example", "Trésorerie ICMF", "{noop}unused", true, EnumSet.of(Role.TREASURER));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestContent() {
        jdbc.sql("delete from blog_post where slug like 'essai-auto%'").update();
        jdbc.sql("delete from site_page where slug like 'essai-auto%'").update();
    }

    /** The post form as the browser (or its script) sends it; {@code overrides} are name, value pairs. */
    private static MockHttpServletRequestBuilder postForm(String url, String body, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Essai autosave");
        fields.put("slug", "essai-autosave");
        fields.put("body", body);
        fields.put("labels", "");
        fields.put("authorName", "Brouillon ICMF");
        fields.put("sourceLabel", "");
        fields.put("sourceUrl", "");
        fields.put("coverImage", "");
        fields.put("status", "PUBLISHED");
        fields.put("publishAt", "");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url);
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private long publishedPost(String body) throws Exception {
        MockHttpServletResponse created = send(postForm("/admin/articles/nouveau", body, "action", "enregistrer")
                .with(user(EDITOR))
                .with(csrf()));
        assertThat(created.getRedirectedUrl()).as(created.getContentAsString()).startsWith("/admin/articles/");
        return Long.parseLong(created.getRedirectedUrl().substring("/admin/articles/".length()));
    }

    private MockHttpServletResponse autosave(long id, String body, BoardUser author, String... overrides)
            throws Exception {
        return send(postForm("/admin/articles/" + id + "/brouillon-auto", body, overrides)
                .with(user(author))
                .with(csrf().asHeader()));
    }

    private Document editorPage(String path, BoardUser author) throws Exception {
        return Jsoup.parse(send(get(path).with(user(author))).getContentAsString());
    }

    private long version(long id) {
        return jdbc.sql("select version from blog_post where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private long automaticRevisions(long id) {
        return jdbc.sql("select count(*) from blog_post_revision where post_id = :id and automatic")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void keepsOneAutomaticRevisionPerAuthorOutOfTheListAndPublishesNothing() throws Exception {
        long id = publishedPost("Texte publié.");
        long version = version(id);

        MockHttpServletResponse first = autosave(id, "Premier jet, au milieu d’une phr", EDITOR);
        MockHttpServletResponse second = autosave(id, "Second jet, au milieu d’une phrase plus lon", EDITOR);

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(second.getContentAsString()).select(".autosaved").text())
                .matches("Enregistré automatiquement à \\d{1,2} h \\d{2}");
        assertThat(automaticRevisions(id)).isEqualTo(1);
        assertThat(jdbc.sql("select body_markdown from blog_post_revision where post_id = :id and automatic")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Second jet, au milieu d’une phrase plus lon");
        assertThat(version(id)).isEqualTo(version);
        String publicUrl = Jsoup.parse(send(get("/")).getContentAsString())
                .select(".post-summary .post-title a")
                .first()
                .attr("href");
        assertThat(Jsoup.parse(send(get(publicUrl)).getContentAsString())
                        .select(".post-body")
                        .text())
                .isEqualTo("Texte publié.");

        Document page = editorPage("/admin/articles/" + id, EDITOR);
        assertThat(page.select(".revisions li")).hasSize(1);
        assertThat(page.select(".autosave-offer p").first().text())
                .matches("Un brouillon enregistré automatiquement le \\d{2}/\\d{2}/\\d{4} à \\d{1,2} h \\d{2} est plus"
                        + " récent que la version enregistrée.");
        assertThat(page.select(".autosave-offer a").attr("href"))
                .isEqualTo("/admin/articles/" + id + "?brouillon=reprendre");
        assertThat(editorPage("/admin/articles/" + id, OTHER_EDITOR).select(".autosave-offer"))
                .as("another board member's draft is theirs")
                .isEmpty();
    }

    @Test
    void resumesTheDraftIntoTheFormWhoseSaveIsAnOrdinarySave() throws Exception {
        long id = publishedPost("Texte publié.");
        autosave(id, "Texte repris après fermeture de l’onglet.", EDITOR, "title", "Essai autosave repris");

        Document resumed = editorPage("/admin/articles/" + id + "?brouillon=reprendre", EDITOR);
        assertThat(resumed.select("#body").val()).isEqualTo("Texte repris après fermeture de l’onglet.");
        assertThat(resumed.select("#title").val()).isEqualTo("Essai autosave repris");
        assertThat(resumed.select(".flash").text()).contains("Le brouillon enregistré automatiquement est repris");
        assertThat(resumed.select("#version").val()).isEqualTo(Long.toString(version(id)));

        MockHttpServletResponse saved = send(postForm(
                        "/admin/articles/" + id,
                        resumed.select("#body").val(),
                        "title",
                        resumed.select("#title").val(),
                        "version",
                        resumed.select("#version").val(),
                        "action",
                        "enregistrer")
                .with(user(EDITOR))
                .with(csrf()));

        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/articles/" + id);
        assertThat(jdbc.sql("select body_markdown from blog_post where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Texte repris après fermeture de l’onglet.");
        assertThat(automaticRevisions(id))
                .as("saved for real: nothing left to offer")
                .isZero();
        assertThat(editorPage("/admin/articles/" + id, EDITOR).select(".autosave-offer"))
                .isEmpty();
    }

    @Test
    void doesNotLetAStaleFormOverwriteSomeoneElsesSave() throws Exception {
        long id = publishedPost("Version A");
        String opened = Long.toString(version(id));
        send(postForm("/admin/articles/" + id, "Version B", "version", opened, "action", "enregistrer")
                .with(user(OTHER_EDITOR))
                .with(csrf()));

        assertThat(autosave(id, "Version C en cours", EDITOR, "version", opened).getStatus())
                .as("the text being written is kept all the same")
                .isEqualTo(200);
        Document refused = Jsoup.parse(
                send(postForm("/admin/articles/" + id, "Version C", "version", opened, "action", "enregistrer")
                                .with(user(EDITOR))
                                .with(csrf()))
                        .getContentAsString());

        assertThat(refused.select(".form-error").text()).contains("Quelqu'un a enregistré cet article");
        assertThat(jdbc.sql("select body_markdown from blog_post where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Version B");
    }

    @Test
    void ignoringTheDraftDropsIt() throws Exception {
        long id = publishedPost("Texte publié.");
        autosave(id, "Brouillon à ignorer.", EDITOR);

        MockHttpServletResponse ignored = send(post("/admin/articles/" + id + "/brouillon-auto/ignorer")
                .with(user(EDITOR))
                .with(csrf()));

        assertThat(ignored.getRedirectedUrl()).isEqualTo("/admin/articles/" + id);
        assertThat(automaticRevisions(id)).isZero();
        assertThat(editorPage("/admin/articles/" + id, EDITOR).select(".autosave-offer"))
                .isEmpty();
    }

    @Test
    void refusesWithoutTheEditorRoleOrTheCsrfTokenAndTextsBeyondTheFormsBounds() throws Exception {
        long id = publishedPost("Texte publié.");

        assertThat(autosave(id, "Texte.", TREASURER).getStatus()).isEqualTo(403);
        assertThat(send(postForm("/admin/articles/" + id + "/brouillon-auto", "Texte.")
                                .with(user(EDITOR)))
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse tooLong = autosave(id, "a".repeat(ContentForm.MAX_BODY_LENGTH + 1), EDITOR);
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(tooLong.getContentAsString())
                        .select(".field-error")
                        .text())
                .startsWith("Brouillon non enregistré automatiquement :")
                .contains("100");
        assertThat(autosave(id, "Texte.", EDITOR, "title", "").getStatus()).isEqualTo(422);
        assertThat(autosave(id, "Texte.", EDITOR, "status", "x".repeat(5000)).getStatus())
                .isEqualTo(422);
        assertThat(automaticRevisions(id)).isZero();
    }

    @Test
    void autosavesPagesTheSameWay() throws Exception {
        MockHttpServletResponse created = send(post("/admin/pages/nouvelle")
                .param("title", "Essai auto page")
                .param("slug", "essai-auto-page")
                .param("description", "")
                .param("body", "Page publiée.")
                .param("navTitle", "")
                .param("navOrder", "")
                .param("action", "enregistrer")
                .with(user(EDITOR))
                .with(csrf()));
        long id = Long.parseLong(created.getRedirectedUrl().substring("/admin/pages/".length()));

        MockHttpServletResponse saved = send(post("/admin/pages/" + id + "/brouillon-auto")
                .param("title", "Essai auto page")
                .param("slug", "essai-auto-page")
                .param("body", "Page en cours d’écri")
                .with(user(EDITOR))
                .with(csrf().asHeader()));

        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(send(get("/essai-auto-page")).getContentAsString())
                        .select("main")
                        .text())
                .contains("Page publiée.")
                .doesNotContain("Page en cours");
        assertThat(editorPage("/admin/pages/" + id, EDITOR).select(".autosave-offer"))
                .hasSize(1);
        assertThat(editorPage("/admin/pages/" + id + "?brouillon=reprendre", EDITOR)
                        .select("#body")
                        .val())
                .isEqualTo("Page en cours d’écri");
    }
}
