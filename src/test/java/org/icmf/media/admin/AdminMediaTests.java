package org.icmf.media.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.icmf.media.ImageChanged;
import org.icmf.media.MediaProperties;
import org.icmf.media.TestImages;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Board members upload images at /admin/medias, the site serves them at /media/…, and posts show them. */
@SiteTest
@RecordApplicationEvents
class AdminMediaTests {

    private static final BoardUser EDITOR = new BoardUser(
            4343, "images@icmf.example", "Iconographe ICMF", "{noop}unused", true, EnumSet.of(Role.EDITOR));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MediaProperties properties;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void removeTestImages() {
        jdbc.sql("delete from media_image").update();
        jdbc.sql("delete from blog_post where slug like 'essai-media-%'").update();
    }

    private MockHttpServletResponse upload(String fileName, String browserType, byte[] bytes, String altText)
            throws Exception {
        return mvc.perform(multipart("/admin/medias")
                        .file(new MockMultipartFile("file", fileName, browserType, bytes))
                        .param("altText", altText)
                        .with(user(EDITOR))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** Uploads an image that must be accepted, and returns its id. */
    private long uploaded(String fileName, byte[] bytes, String altText) throws Exception {
        MockHttpServletResponse response = upload(fileName, "application/octet-stream", bytes, altText);
        assertThat(response.getRedirectedUrl())
                .as(Jsoup.parse(response.getContentAsString())
                        .select(".field-error")
                        .text())
                .startsWith("/admin/medias/");
        return Long.parseLong(response.getRedirectedUrl().substring("/admin/medias/".length()));
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select content_type, width, height, size_bytes, alt_text, original_file_name, "
                        + "uploaded_by_name, uploaded_by_account_id from media_image where id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    /** The image events published for one image, in order, as "action fileName by name (accountId)". */
    private List<String> changes(long id) {
        return events.stream(ImageChanged.class)
                .filter(change -> change.imageId() == id)
                .map(change -> change.action().code() + " " + change.fileName() + " by "
                        + change.actor().name() + " (" + change.actor().accountId() + ")")
                .toList();
    }

    private String publicUrl(long id) {
        return jdbc.sql(
                        "select '/media/' || substr(sha256, 1, 16) || '.' || case content_type when 'image/jpeg' then 'jpg'"
                                + " when 'image/png' then 'png' when 'image/webp' then 'webp' else 'svg' end from media_image where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Document adminPage(String url) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(url).with(user(EDITOR))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static long count(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from media_image").query(Long.class).single();
    }

    @Test
    void storesPngJpegWebpAndSafeSvgInPostgresqlWithTheirTypeAndSize() throws Exception {
        record Case(String fileName, byte[] bytes, String type, Integer width, Integer height) {}
        Case[] cases = {
            new Case("essai.png", TestImages.png(3, 2, 1), "image/png", 3, 2),
            new Case("essai.jpeg", TestImages.jpeg(5, 4, 2), "image/jpeg", 5, 4),
            new Case("essai.webp", TestImages.webp(), "image/webp", 1, 1),
            new Case("logo.svg", TestImages.safeSvg("Logo"), "image/svg+xml", 40, 20)
        };
        for (Case image : cases) {
            long id = uploaded(image.fileName(), image.bytes(), "Texte de " + image.fileName());

            Map<String, Object> row = row(id);
            assertThat(row)
                    .as(image.fileName())
                    .containsEntry("content_type", image.type())
                    .containsEntry("width", image.width())
                    .containsEntry("height", image.height())
                    .containsEntry("size_bytes", (long) image.bytes().length)
                    .containsEntry("alt_text", "Texte de " + image.fileName())
                    .containsEntry("original_file_name", image.fileName())
                    .containsEntry("uploaded_by_name", "Iconographe ICMF")
                    .containsEntry("uploaded_by_account_id", 4343L);
            assertThat(changes(id)).containsExactly("uploaded " + image.fileName() + " by Iconographe ICMF (4343)");
        }

        Document list = adminPage("/admin/medias");
        assertThat(list.select(".media-list tbody tr")).hasSize(4);
        assertThat(list.select(".media-list .media-name").eachText())
                .containsExactly("logo.svg", "essai.webp", "essai.jpeg", "essai.png");
        Element png = list.select(".media-list tbody tr").last();
        String url = png.select("input[readonly]").first().attr("value");
        assertThat(url).matches("/media/[0-9a-f]{16}\\.png");
        assertThat(png.select("img").attr("src")).isEqualTo(url.replace("/media/", "/media/vignettes/"));
        assertThat(png.select("img").attr("alt")).isEqualTo("Texte de essai.png");
        assertThat(png.select("img").attr("loading")).isEqualTo("lazy");
        assertThat(png.select("img").attr("width")).isEqualTo("3");
        assertThat(png.text()).contains("PNG", "3 × 2 px", "Iconographe ICMF", "octets");
        assertThat(png.select("input[readonly]").eachAttr("value"))
                .containsExactly(url, "![Texte de essai.png](" + url + ")");
        assertThat(png.select("label").eachAttr("for"))
                .containsExactlyElementsOf(png.select("input[readonly]").eachAttr("id"));
    }

    @Test
    void servesTheSameBytesForeverCacheableWithAnEtagAndAnswers304WhenUnchanged() throws Exception {
        byte[] png = TestImages.png(3, 2, 3);
        long id = uploaded("photo.png", png, "Photo");
        String url = publicUrl(id);

        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(png);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeaders("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        String etag = response.getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]{64}\"").contains(url.substring(7, 23));
        assertThat(response.getCookies()).isEmpty();
        assertThat(mvc.perform(get(url)).andReturn().getRequest().getSession(false))
                .isNull();

        MockHttpServletResponse revalidated =
                mvc.perform(get(url).header("If-None-Match", etag)).andReturn().getResponse();
        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getContentAsByteArray()).isEmpty();
    }

    @Test
    void servesSvgUnderARestrictiveContentSecurityPolicy() throws Exception {
        byte[] svg = TestImages.safeSvg("Politique");
        String url = publicUrl(uploaded("dessin.svg", svg, "Dessin"));

        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(svg);
        assertThat(response.getContentType()).isEqualTo("image/svg+xml");
        assertThat(response.getHeaders("Content-Security-Policy"))
                .containsExactly("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    }

    @Test
    void answersAnUnknownHashOrTheWrongExtensionWithTheFrench404Page() throws Exception {
        String url = publicUrl(uploaded("photo.png", TestImages.png(2, 2, 4), "Photo"));
        for (String wrong : new String[] {
            url.replace(".png", ".jpg"),
            "/media/0123456789abcdef.png",
            url.replace(".png", "") + "0.png",
            "/media/ABCDEF0123456789.png",
            "/media/x.png",
            "/media/"
        }) {
            MockHttpServletResponse response =
                    mvc.perform(get(wrong)).andReturn().getResponse();
            assertThat(response.getStatus()).as(wrong).isEqualTo(404);
            assertThat(response.getContentAsString()).as(wrong).contains("Page introuvable");
        }
    }

    @Test
    void refusesAFileNamedPngThatIsNotAnImageAndKeepsTheAltText() throws Exception {
        long before = count(jdbc);
        MockHttpServletResponse response = upload(
                "photo.png",
                "image/png",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "Mon texte gardé");

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#file-erreur").text())
                .startsWith("Ce fichier n'est pas une image JPEG, PNG, WebP ou SVG");
        assertThat(page.select("#file").attr("aria-describedby")).isEqualTo("file-erreur");
        assertThat(page.select("#altText").val()).isEqualTo("Mon texte gardé");
        assertThat(count(jdbc)).isEqualTo(before);
    }

    @Test
    void refusesSvgWithScriptEventHandlerOrExternalLinkWithAFrenchMessage() throws Exception {
        Map<String, String> unsafe = Map.of(
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "élément « script »",
                "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", "attribut « onload »",
                "<svg xmlns='http://www.w3.org/2000/svg'><image href='https://evil.example/a.png'/></svg>",
                        "lien vers l’extérieur");
        for (Map.Entry<String, String> svg : unsafe.entrySet()) {
            Document page = Jsoup.parse(upload("logo.svg", "image/svg+xml", TestImages.svg(svg.getKey()), "Logo")
                    .getContentAsString());
            assertThat(page.select("#file-erreur").text())
                    .as(svg.getKey())
                    .contains(svg.getValue())
                    .contains("refusé");
            assertThat(page.select("#altText").val()).isEqualTo("Logo");
        }
        assertThat(count(jdbc)).isZero();
    }

    @Test
    void refusesAFileOverTheConfiguredLimitWithAFrenchMessage() throws Exception {
        byte[] png = TestImages.png(2, 2, 5);
        byte[] heavy = Arrays.copyOf(png, (int) properties.maxSize().toBytes() + 1);

        Document page = Jsoup.parse(
                upload("lourde.png", "image/png", heavy, "Très lourde").getContentAsString());

        assertThat(page.select("#file-erreur").text())
                .isEqualTo("Ce fichier pèse 5 Mo : la limite est de 5 Mo. "
                        + "Réduisez ses dimensions ou sa qualité, puis réessayez.");
        assertThat(page.select("#altText").val()).isEqualTo("Très lourde");
        assertThat(count(jdbc)).isZero();
    }

    @Test
    void refusesAMissingAltTextOrFile() throws Exception {
        Document page = Jsoup.parse(
                upload("photo.png", "image/png", TestImages.png(2, 2, 6), "  ").getContentAsString());
        assertThat(page.select("#altText-erreur").text()).startsWith("Saisissez un texte alternatif");
        assertThat(page.select("#altText").attr("aria-invalid")).isEqualTo("true");

        Document tooLong = Jsoup.parse(upload("photo.png", "image/png", TestImages.png(2, 2, 6), "x".repeat(251))
                .getContentAsString());
        assertThat(tooLong.select("#altText-erreur").text())
                .isEqualTo("Le texte alternatif ne peut pas dépasser 250 caractères.");

        Document noFile = Jsoup.parse(mvc.perform(multipart("/admin/medias")
                        .param("altText", "Sans fichier")
                        .with(user(EDITOR))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(noFile.select("#file-erreur").text()).isEqualTo("Choisissez une image à ajouter.");
        assertThat(noFile.select("#altText").val()).isEqualTo("Sans fichier");
        assertThat(count(jdbc)).isZero();
    }

    @Test
    void findsTheExistingImageWhenTheSameBytesAreUploadedAgain() throws Exception {
        byte[] png = TestImages.png(4, 4, 7);
        long first = uploaded("premiere.png", png, "Première");
        long events = this.events.stream(ImageChanged.class).count();

        MvcResult again = mvc.perform(multipart("/admin/medias")
                        .file(new MockMultipartFile("file", "copie.png", "image/png", png))
                        .param("altText", "Seconde")
                        .with(user(EDITOR))
                        .with(csrf()))
                .andReturn();

        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/admin/medias/" + first);
        assertThat(again.getFlashMap().get("flash")).isEqualTo("media.alreadyPresent");
        assertThat(count(jdbc)).isEqualTo(1);
        assertThat(row(first))
                .containsEntry("alt_text", "Première")
                .containsEntry("original_file_name", "premiere.png");
        assertThat(this.events.stream(ImageChanged.class).count()).isEqualTo(events);
    }

    @Test
    void changesTheAltTextOfAnImage() throws Exception {
        long id = uploaded("photo.png", TestImages.png(2, 3, 8), "Ancien texte");
        Document page = adminPage("/admin/medias/" + id);
        assertThat(page.select("#altText").val()).isEqualTo("Ancien texte");
        assertThat(page.select("#markdown").val()).isEqualTo("![Ancien texte](" + publicUrl(id) + ")");

        MockHttpServletResponse saved = mvc.perform(post("/admin/medias/" + id)
                        .param("altText", "Nouveau [texte]")
                        .with(user(EDITOR))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/medias/" + id);
        assertThat(row(id)).containsEntry("alt_text", "Nouveau [texte]");
        assertThat(changes(id)).endsWith("updated photo.png by Iconographe ICMF (4343)");
        assertThat(adminPage("/admin/medias/" + id).select("#markdown").val())
                .isEqualTo("![Nouveau \\[texte\\]](" + publicUrl(id) + ")");

        Document refused = Jsoup.parse(mvc.perform(post("/admin/medias/" + id)
                        .param("altText", "")
                        .with(user(EDITOR))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#altText-erreur").text()).startsWith("Saisissez un texte alternatif");
        assertThat(row(id)).containsEntry("alt_text", "Nouveau [texte]");
        assertThat(changes(id)).endsWith("updated photo.png by Iconographe ICMF (4343)");
    }

    @Test
    void deletesAnImageOnlyAfterConfirmationThenItsUrlAnswers404() throws Exception {
        long id = uploaded("a-supprimer.png", TestImages.png(2, 2, 9), "À supprimer");
        String url = publicUrl(id);

        Document confirmation = adminPage("/admin/medias/" + id + "/supprimer");
        assertThat(confirmation.select("main img").attr("src")).isEqualTo(url.replace("/media/", "/media/vignettes/"));
        assertThat(confirmation.select("main form[method=post]").attr("action"))
                .isEqualTo("/admin/medias/" + id + "/supprimer");
        assertThat(count(jdbc)).isEqualTo(1);

        MvcResult deleted = mvc.perform(post("/admin/medias/" + id + "/supprimer")
                        .with(user(EDITOR))
                        .with(csrf()))
                .andReturn();
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/admin/medias");
        assertThat(deleted.getFlashMap().get("flash")).isEqualTo("media.deleted");
        assertThat(count(jdbc)).isZero();
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(changes(id))
                .containsExactly(
                        "uploaded a-supprimer.png by Iconographe ICMF (4343)",
                        "deleted a-supprimer.png by Iconographe ICMF (4343)");
    }

    @Test
    void answersAForgedImageIdWithNotFound() throws Exception {
        for (String url : new String[] {"/admin/medias/999999", "/admin/medias/999999/supprimer"}) {
            assertThat(mvc.perform(get(url).with(user(EDITOR)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(url)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(post("/admin/medias/999999/supprimer")
                                .with(user(EDITOR))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/admin/medias").param("page", "0").with(user(EDITOR)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void showsAnUploadedImageInAPostWrittenInMarkdown() throws Exception {
        String url = publicUrl(uploaded("logo.png", TestImages.png(8, 8, 10), "Logo"));

        MockHttpServletResponse created = mvc.perform(post("/admin/articles/nouveau")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("title", "Essai média")
                        .param("slug", "essai-media-logo")
                        .param("body", "![Logo](" + url + ")")
                        .param("labels", "")
                        .param("authorName", "")
                        .param("sourceLabel", "")
                        .param("sourceUrl", "")
                        .param("status", "PUBLISHED")
                        .param("publishAt", "")
                        .param("action", "enregistrer"))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(302);

        String postUrl = jdbc.sql("select to_char(published_at at time zone 'Europe/Paris', '/blog/YYYY/MM/') || slug "
                        + "from blog_post where slug = 'essai-media-logo'")
                .query(String.class)
                .single();
        Element image = Jsoup.parse(
                        mvc.perform(get(postUrl)).andReturn().getResponse().getContentAsString())
                .select(".post-body img")
                .first();
        assertThat(image).isNotNull();
        assertThat(image.attr("src")).isEqualTo(url);
        assertThat(image.attr("alt")).isEqualTo("Logo");
        assertThat(image.attr("loading")).isEqualTo("lazy");
    }

    @Test
    void listsTwentyFourImagesAPageNewestFirst() throws Exception {
        for (int i = 1; i <= 25; i++) {
            uploaded("image-" + i + ".png", TestImages.png(1, 1, 100 + i), "Image " + i);
        }
        Document first = adminPage("/admin/medias");
        assertThat(first.select(".media-list tbody tr")).hasSize(24);
        assertThat(first.select(".media-name").first().text()).isEqualTo("image-25.png");
        assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/admin/medias?page=2");
        assertThat(adminPage("/admin/medias?page=2").select(".media-name").eachText())
                .containsExactly("image-1.png");
    }
}
