package org.icmf.blog.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import org.icmf.media.MediaLibrary;
import org.icmf.media.TestImages;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The editor shows how a post will look when shared: the card says what the public page's Open Graph tags say. */
@SiteTest
class SharePreviewTests {

    private static final BoardUser EDITOR =
            new BoardUser(4271, "partage@icmf.example", "Partage ICMF", "{noop}unused", true, EnumSet.of(Role.EDITOR));
    private static final String BODY = "## Le Café de décembre\n\n"
            + "Venez **nombreux** au Café des Community managers, mercredi soir, pour parler de modération, "
            + "de communautés en ligne et de ce que l’année nous a appris. Un apéritif suivra la discussion.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestPost() {
        jdbc.sql("delete from blog_post where slug = 'essai-partage'").update();
        jdbc.sql("delete from media_image where original_file_name = 'partage.png'")
                .update();
    }

    @Test
    void showsTheTitleDescriptionAndCoverThePublicPageSharesWithoutScript(@Autowired MediaLibrary media)
            throws Exception {
        byte[] png = TestImages.png(120, 63, 17);
        String cover = media.get(media.upload(
                                new ByteArrayResource(png),
                                png.length,
                                "partage.png",
                                "Une tasse de café",
                                new Actor(4271L, "Partage ICMF"))
                        .imageId())
                .url();
        MockHttpServletResponse created = mvc.perform(post("/admin/articles/nouveau")
                        .param("title", "Essai : partager le Café")
                        .param("slug", "essai-partage")
                        .param("body", BODY)
                        .param("labels", "")
                        .param("authorName", "Partage ICMF")
                        .param("sourceLabel", "")
                        .param("sourceUrl", "")
                        .param("coverImage", cover)
                        .param("status", "PUBLISHED")
                        .param("publishAt", "2025-12-01T10:00")
                        .param("action", "enregistrer")
                        .with(user(EDITOR))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(created.getRedirectedUrl()).as(created.getContentAsString()).startsWith("/admin/articles/");

        Document editor =
                Jsoup.parse(mvc.perform(get(created.getRedirectedUrl()).with(user(EDITOR)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        Document publicPage = Jsoup.parse(mvc.perform(get("/blog/2025/12/essai-partage"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(editor.select(".share-card-title").text())
                .isEqualTo(publicPage.select("meta[property=og:title]").attr("content"))
                .isEqualTo("Essai : partager le Café");
        assertThat(editor.select(".share-card-description").text())
                .isEqualTo(publicPage.select("meta[property=og:description]").attr("content"))
                .startsWith("Le Café de décembre Venez nombreux")
                .endsWith("…");
        assertThat(editor.select(".share-card-image").attr("src")).isEqualTo(cover);
        assertThat(publicPage.select("meta[property=og:image]").attr("content")).endsWith(cover);
        assertThat(editor.select(".share-card script").attr("src")).matches("/assets/js/editor-share-[0-9a-f]+\\.js");
    }

    @Test
    void followsWhatWasTypedWhenASaveIsRefusedAndShowsTheLogoWithoutACover() throws Exception {
        Document refused = Jsoup.parse(mvc.perform(post("/admin/articles/nouveau")
                        .param("title", "Essai : un titre tapé")
                        .param("slug", "essai-partage")
                        .param("body", "Un texte court.")
                        .param("coverImage", "https://example.org/pas-de-la-mediatheque.png")
                        .param("status", "PUBLISHED")
                        .param("publishAt", "pas une date")
                        .param("action", "enregistrer")
                        .with(user(EDITOR))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(refused.select(".share-card-title").text()).isEqualTo("Essai : un titre tapé");
        assertThat(refused.select(".share-card-description").text()).isEqualTo("Un texte court.");
        assertThat(refused.select(".share-card-image").attr("src")).matches("/assets/img/icmf-logo-[0-9a-f]+\\.svg");
    }
}
