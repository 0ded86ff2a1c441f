package org.icmf.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The editors' live preview ({@code POST /admin/articles/apercu}, {@code /admin/pages/apercu}) renders what the board
 * member types as the public page will, for board members only; the editor page brings its script and says how long
 * the text is to read, without script too.
 */
@SiteTest
class LivePreviewTests {

    private static final BoardUser EDITOR =
            new BoardUser(4243, "apercu@icmf.example", "Aperçu ICMF", "{noop}unused", true, EnumSet.of(Role.EDITOR));

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder preview(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("body", body);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The reading length as shown, its French thousands separator (a narrow no-break space) read as a space. */
    private static String length(Element page) {
        return page.select(".editor-length").text().replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @Test
    void rendersTheTextSanitisedAsThePublicPageWillWithItsReadingLength() throws Exception {
        MockHttpServletResponse response =
                send(preview("/admin/articles/apercu", """
                        ## Rendez-vous

                        Le **mercredi 16 décembre** <script>alert(1)</script> [clic](javascript:alert(2))
                        <img src="https://example.org/a.png" alt="Image" onerror="alert(3)">""").with(user(EDITOR)).with(csrf().asHeader()));

        assertThat(response.getStatus()).isEqualTo(200);
        Document answer = Jsoup.parse(response.getContentAsString());
        assertThat(answer.select(".post-body h2").text()).isEqualTo("Rendez-vous");
        assertThat(answer.select(".post-body strong").text()).isEqualTo("mercredi 16 décembre");
        assertThat(answer.select(".post-body").html())
                .isNotBlank()
                .doesNotContain("<script", "alert(", "onerror", "javascript:");
        assertThat(length(answer)).isEqualTo("6 mots · 1 min de lecture");
    }

    @Test
    void countsWordsAndMinutesInFrench() throws Exception {
        Document answer = Jsoup.parse(send(preview("/admin/pages/apercu", "mot ".repeat(1234))
                        .with(user(EDITOR))
                        .with(csrf().asHeader()))
                .getContentAsString());
        assertThat(length(answer)).isEqualTo("1 234 mots · 6 min de lecture");

        Document one = Jsoup.parse(send(preview("/admin/pages/apercu", "Bonjour")
                        .with(user(EDITOR))
                        .with(csrf().asHeader()))
                .getContentAsString());
        assertThat(length(one)).isEqualTo("1 mot · 1 min de lecture");
    }

    @Test
    void dropsControlCharactersAsEveryFieldDoes() throws Exception {
        Document answer = Jsoup.parse(send(preview("/admin/articles/apercu", "**gr\u0000as\u202E**")
                        .with(user(EDITOR))
                        .with(csrf().asHeader()))
                .getContentAsString());
        assertThat(answer.select(".post-body strong").text()).isEqualTo("gras");
    }

    @Test
    void refusesATextLongerThanTheFormsFieldWithAFrenchMessage() throws Exception {
        MockHttpServletResponse response =
                send(preview("/admin/articles/apercu", "a".repeat(ContentForm.MAX_BODY_LENGTH + 1))
                        .with(user(EDITOR))
                        .with(csrf().asHeader()));

        assertThat(response.getStatus()).isEqualTo(422);
        Document answer = Jsoup.parse(response.getContentAsString());
        assertThat(answer.select(".field-error").text()).startsWith("Le texte dépasse 100000 caractères");
        assertThat(answer.select(".post-body")).isEmpty();
    }

    @Test
    void answersOnlyBoardMembersWithTheEditorRoleAndATokenFromTheirPage() throws Exception {
        MockHttpServletResponse anonymous =
                send(preview("/admin/articles/apercu", "Texte").with(csrf().asHeader()));
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/admin/connexion");

        BoardUser treasurer = new BoardUser(
                4244, "tresor@icmf.example", "Trésorerie", "{noop}unused", true, EnumSet.of(Role.TREASURER));
        assertThat(send(preview("/admin/pages/apercu", "Texte")
                                .with(user(treasurer))
                                .with(csrf().asHeader()))
                        .getStatus())
                .isEqualTo(403);

        assertThat(send(preview("/admin/articles/apercu", "Texte").with(user(EDITOR)))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(preview("/admin/articles/apercu", "Texte")
                                .with(user(EDITOR))
                                .with(csrf().asHeader().useInvalidToken()))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void editorPageBringsItsScriptAndToolbarUnderTheSamePolicy() throws Exception {
        MockHttpServletResponse response = send(get("/admin/articles/nouveau").with(user(EDITOR)));

        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy)
                .isEqualTo(send(get("/")).getHeader("Content-Security-Policy"))
                .contains("script-src 'self'", "style-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        Document page = Jsoup.parse(response.getContentAsString());
        Element script = page.selectFirst("script[src]");
        assertThat(script).isNotNull();
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        MockHttpServletResponse asset = send(get(script.attr("src")));
        assertThat(asset.getStatus()).isEqualTo(200);
        assertThat(asset.getContentType()).contains("javascript");
        assertThat(asset.getContentAsString()).contains("previewUrl", "execCommand");

        Element editor = page.selectFirst(".editor");
        assertThat(editor.attr("data-preview-url")).isEqualTo("/admin/articles/apercu");
        assertThat(editor.attr("data-csrf-header")).isNotBlank();
        assertThat(page.select(".editor-toolbar[role=toolbar] button").eachAttr("aria-label"))
                .containsExactly(
                        "Gras",
                        "Italique",
                        "Intertitre",
                        "Lien",
                        "Citation",
                        "Liste à puces",
                        "Liste numérotée",
                        "Image : insérer une image de la médiathèque",
                        "Ligne de séparation");
        assertThat(page.select("textarea#body")).hasSize(1);
        assertThat(length(page)).isEqualTo("Aucun mot pour l’instant");
    }

    @Test
    void formPreviewedWithoutScriptShowsTheTextRenderedAndItsReadingLength() throws Exception {
        Document page = Jsoup.parse(send(post("/admin/pages/nouvelle")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("title", "Essai d’aperçu")
                        .param("slug", "")
                        .param("description", "")
                        .param("navTitle", "")
                        .param("navOrder", "")
                        .param("body", "Trois **petits** mots")
                        .param("action", "apercu"))
                .getContentAsString());

        assertThat(page.select(".preview .post-body strong").text()).isEqualTo("petits");
        assertThat(page.select(".preview").hasAttr("hidden")).isFalse();
        assertThat(length(page)).isEqualTo("3 mots · 1 min de lecture");
    }
}
