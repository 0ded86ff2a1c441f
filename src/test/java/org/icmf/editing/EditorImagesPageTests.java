package org.icmf.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The editors' images (editor-images.js): the page brings the script, its closed dialogs and the library's addresses;
 * without the script, the text field and the cover image's plain field are the form as before.
 */
@SiteTest
class EditorImagesPageTests {

    private static final BoardUser EDITOR = new BoardUser(
            4244, "images-page@icmf.example", "Images ICMF", "{noop}unused", true, EnumSet.of(Role.EDITOR));

    @Autowired
    MockMvc mvc;

    private Document page(String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(user(EDITOR))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void postAndPageEditorsBringTheImageDialogsClosedWithNothingTheySubmit() throws Exception {
        for (String path : new String[] {"/admin/articles/nouveau", "/admin/pages/nouvelle"}) {
            Document page = page(path);

            Element editor = page.selectFirst(".editor");
            assertThat(editor.attr("data-media-upload-url")).as(path).isEqualTo("/admin/medias/televersement");
            assertThat(editor.attr("data-media-choice-url")).as(path).isEqualTo("/admin/medias/choix");
            assertThat(page.select("script[src]").eachAttr("src"))
                    .as(path)
                    .anyMatch(src -> src.matches("/assets/js/editor-[0-9a-f]{32}\\.js"))
                    .anyMatch(src -> src.matches("/assets/js/editor-images-[0-9a-f]{32}\\.js"));
            assertThat(page.select("dialog").eachAttr("aria-labelledby"))
                    .as(path)
                    .containsExactly("image-alt-title", "media-picker-title");
            assertThat(page.select("dialog[open]")).as(path).isEmpty();
            // Nothing in the dialogs is sent with the post: no field of theirs has a name.
            assertThat(page.select("dialog input")).as(path).hasSize(2);
            assertThat(page.select("dialog [name]")).as(path).isEmpty();
            assertThat(page.select("label[for=image-alt-text]").text()).isEqualTo("Texte alternatif (obligatoire)");
            assertThat(page.selectFirst("#image-alt-text").attr("maxlength")).isEqualTo("250");
        }
    }

    @Test
    void coverImageStaysAPlainFieldItsPickerShownOnlyByTheScript() throws Exception {
        Document page = page("/admin/articles/nouveau");

        Element cover = page.selectFirst("input#coverImage");
        assertThat(cover.attr("name")).isEqualTo("coverImage");
        assertThat(cover.attr("type")).isEqualTo("text");
        Element picker = page.selectFirst(".cover-picker");
        assertThat(picker.hasAttr("hidden")).isTrue();
        assertThat(picker.selectFirst("button[data-media-cover]").attr("aria-controls"))
                .isEqualTo("coverImage");
        assertThat(page.select("a[href=/admin/medias]").eachText())
                .contains("Ouvrir la médiathèque dans un nouvel onglet");
        String script = page.select("script[src*=editor-images]").attr("src");
        assertThat(mvc.perform(get(script)).andReturn().getResponse().getContentAsString())
                .contains("mediaUploadUrl", "showModal")
                .doesNotContain("innerHTML", "eval(");
    }
}
