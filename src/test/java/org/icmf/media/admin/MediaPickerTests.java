package org.icmf.media.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.icmf.media.MediaLibrary;
import org.icmf.media.MediaProperties;
import org.icmf.media.TestImages;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The editor's image endpoints: an image pasted or dropped into a post is uploaded in JSON with the media form's
 * checks (French refusals, nothing stored), and the picker lists the library by pages and searches it.
 */
@SiteTest
class MediaPickerTests {

    private static final BoardUser EDITOR = new BoardUser(
            4344, "collage@icmf.example", "Colleuse d'images", "{noop}unused", true, EnumSet.of(Role.EDITOR));
    private static final BoardUser MODERATOR = new BoardUser(
            4345, "moderation@icmf.example", "Modération", "{noop}unused", true, EnumSet.of(Role.MODERATOR));
    private static final String UPLOAD = "/admin/medias/televersement";
    private static final String CHOICE = "/admin/medias/choix";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MediaLibrary library;

    @Autowired
    MediaProperties properties;

    @AfterEach
    void removeTestImages() {
        jdbc.sql("delete from media_image").update();
    }

    private long count() {
        return jdbc.sql("select count(*) from media_image").query(Long.class).single();
    }

    private static MockMultipartHttpServletRequestBuilder pasted(byte[] bytes, String altText) {
        MockMultipartHttpServletRequestBuilder request =
                multipart(UPLOAD).file(new MockMultipartFile("file", "image.png", "image/png", bytes));
        if (altText != null) {
            request.param("altText", altText);
        }
        return request;
    }

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static <T> T json(MockHttpServletResponse response, String path) throws Exception {
        return JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), path);
    }

    @Test
    void uploadsAPastedImageWithItsAltTextAndAnswersItsAddress() throws Exception {
        byte[] png = TestImages.png(4, 3, 21);

        MockHttpServletResponse created =
                send(pasted(png, "  Le stand au salon  ").with(user(EDITOR)).with(csrf().asHeader()));

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentType()).startsWith("application/json");
        String url = json(created, "$.url");
        assertThat(url).matches("/media/[0-9a-f]{16}\\.png");
        assertThat((String) json(created, "$.altText")).isEqualTo("Le stand au salon");
        assertThat(send(get(url)).getContentAsByteArray()).isEqualTo(png);
        assertThat(jdbc.sql("select alt_text || ' by ' || uploaded_by_name from media_image")
                        .query(String.class)
                        .list())
                .containsExactly("Le stand au salon by Colleuse d'images");

        MockHttpServletResponse again =
                send(pasted(png, "Autre description").with(user(EDITOR)).with(csrf().asHeader()));
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((String) json(again, "$.url")).isEqualTo(url);
        assertThat((String) json(again, "$.altText")).isEqualTo("Le stand au salon");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void refusesAnUploadWithoutTheEditorRoleOrTheCsrfToken() throws Exception {
        byte[] png = TestImages.png(2, 2, 22);

        assertThat(send(pasted(png, "Sans rôle").with(user(MODERATOR)).with(csrf().asHeader()))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(pasted(png, "Sans jeton").with(user(EDITOR))).getStatus())
                .isEqualTo(403);
        assertThat(send(pasted(png, "Sans jeton valable")
                                .with(user(EDITOR))
                                .with(csrf().asHeader().useInvalidToken()))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(pasted(png, "Anonyme").with(csrf().asHeader())).getRedirectedUrl())
                .endsWith("/admin/connexion");
        assertThat(count()).isZero();
    }

    @Test
    void refusesWhatTheMediaFormRefusesWithAFrenchMessageAndStoresNothing() throws Exception {
        byte[] png = TestImages.png(2, 2, 23);
        byte[] tooHeavy = Arrays.copyOf(png, (int) properties.maxSize().toBytes() + 1);
        record Case(AbstractMockHttpServletRequestBuilder<?> request, String message) {}
        List<Case> cases = List.of(
                new Case(pasted(png, null), "Saisissez un texte alternatif"),
                new Case(pasted(png, "   "), "Saisissez un texte alternatif"),
                new Case(pasted(png, "\u0000\u0000\u0000"), "Saisissez un texte alternatif"),
                new Case(pasted(png, "é".repeat(251)), "ne peut pas dépasser 250 caractères"),
                new Case(pasted(png, "x".repeat(1_000_000)), "ne peut pas dépasser 250 caractères"),
                new Case(multipart(UPLOAD).param("altText", "Sans fichier"), "Choisissez une image"),
                new Case(pasted(new byte[0], "Vide"), "Choisissez une image"),
                new Case(
                        pasted("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "Page"),
                        "n'est pas une image JPEG, PNG, WebP ou SVG"),
                new Case(
                        pasted(
                                TestImages.svg(
                                        "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
                                "Dessin piégé"),
                        "élément « script »"),
                new Case(pasted(tooHeavy, "Trop lourde"), "la limite est de 5 Mo"));
        for (Case refused : cases) {
            MockHttpServletResponse response =
                    send(refused.request().with(user(EDITOR)).with(csrf().asHeader()));

            assertThat(response.getStatus()).as(refused.message()).isEqualTo(422);
            assertThat((String) json(response, "$.message")).contains(refused.message());
        }
        assertThat(count()).isZero();
    }

    private void libraryOf(int images) {
        for (int i = 1; i <= images; i++) {
            library.upload(
                    new ByteArrayResource(TestImages.png(2, 2, 100 + i)),
                    100,
                    i % 2 == 0 ? "chantier-" + i + ".png" : "salon_" + i + ".png",
                    i % 2 == 0 ? "Visite du chantier n° " + i : "Stand du salon, photo " + i,
                    new Actor(4344L, "Colleuse d'images"));
        }
    }

    private MockHttpServletResponse choice(String query, String page) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = get(CHOICE).with(user(EDITOR));
        if (query != null) {
            request.param("q", query);
        }
        if (page != null) {
            request.param("page", page);
        }
        MockHttpServletResponse response = send(request);
        assertThat(response.getStatus()).as(query + " / " + page).isEqualTo(200);
        return response;
    }

    @Test
    void listsTheLibraryNewestFirstByPagesOfTwelve() throws Exception {
        libraryOf(14);

        MockHttpServletResponse first = choice(null, null);
        assertThat((Integer) json(first, "$.total")).isEqualTo(14);
        assertThat((Integer) json(first, "$.pages")).isEqualTo(2);
        assertThat((Integer) json(first, "$.page")).isEqualTo(1);
        List<String> firstAlts = json(first, "$.images[*].altText");
        assertThat(firstAlts).hasSize(12).startsWith("Visite du chantier n° 14", "Stand du salon, photo 13");
        assertThat((List<String>) json(first, "$.images[*].url"))
                .allMatch(url -> url.matches("/media/[0-9a-f]{16}\\.png"));
        assertThat((String) json(first, "$.images[0].fileName")).isEqualTo("chantier-14.png");
        String firstUrl = json(first, "$.images[0].url");
        assertThat((String) json(first, "$.images[0].thumbnailUrl"))
                .isEqualTo(firstUrl.replace("/media/", "/media/vignettes/"));

        MockHttpServletResponse second = choice("", "2");
        assertThat((List<String>) json(second, "$.images[*].altText"))
                .containsExactly("Visite du chantier n° 2", "Stand du salon, photo 1");
        assertThat((Integer) json(second, "$.page")).isEqualTo(2);
    }

    @Test
    void searchesTextAlternativesAndFileNamesInAnyCaseWithWildcardsTakenLiterally() throws Exception {
        libraryOf(14);

        assertThat((List<String>) json(choice("  CHANTIER ", null), "$.images[*].altText"))
                .hasSize(7)
                .allMatch(alt -> alt.startsWith("Visite du chantier"));
        assertThat((List<String>) json(choice("salon_1", null), "$.images[*].altText"))
                .containsExactly("Stand du salon, photo 13", "Stand du salon, photo 11", "Stand du salon, photo 1");
        for (String wildcard : List.of("%", "\\", "chantier%12", "n_ 1")) {
            assertThat((Integer) json(choice(wildcard, null), "$.total"))
                    .as(wildcard)
                    .isZero();
        }
    }

    @Test
    void answersHostileQueriesWithAnEmptyOrFirstPageNeverAnError() throws Exception {
        libraryOf(3);

        for (String query : List.of(
                "x".repeat(100_000),
                "\u0000salon",
                "salon\u0000",
                "' or 1=1 --",
                "<script>",
                "\u202Esalon",
                "(a+)+$")) {
            assertThat((List<String>) json(choice(query, null), "$.images[*].altText"))
                    .as(query)
                    .isNotNull();
        }
        assertThat((Integer) json(choice("\u0000salon\u0000", null), "$.total")).isEqualTo(2);
        for (String page : List.of("abc", "-3", "0", "1.5", "99999999999999999999", " 1 ", "")) {
            MockHttpServletResponse response = choice(null, page);
            assertThat((Integer) json(response, "$.page")).as(page).isEqualTo(1);
            assertThat((List<String>) json(response, "$.images[*].altText"))
                    .as(page)
                    .hasSize(3);
        }
        assertThat((List<String>) json(choice(null, "999999"), "$.images")).isEmpty();
    }

    @Test
    void listsTheLibraryOnlyForTheEditorRole() throws Exception {
        libraryOf(1);

        assertThat(send(get(CHOICE).with(user(MODERATOR))).getStatus()).isEqualTo(403);
        assertThat(send(get(CHOICE)).getRedirectedUrl()).endsWith("/admin/connexion");
    }
}
