package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.validation.constraints.Size;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.icmf.support.FormStamps;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The input edge as visitors meet it: what no field may hold never reaches PostgreSQL, a megabyte is never echoed
 * into the form, a forged checkbox value is "not ticked", and bodies the site has no use for get a French page.
 */
@SiteTest
class InputEdgeTests {

    private static final String DOMAIN = "@edge.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void clean() {
        jdbc.sql("delete from mail_outbox where recipient like :d")
                .param("d", "%" + DOMAIN)
                .update();
        jdbc.sql("delete from contact_message where sender_email like :d")
                .param("d", "%" + DOMAIN)
                .update();
    }

    @Test
    void removesControlAndBidiCharactersAndLoneSurrogatesButKeepsTabsLineBreaksAndEmoji() {
        assertThat(InputEdge.clean("a\u0000b\u0001c\u007f\u0085d\u202Ee\u2066f\u2069\uD800g\tl\r\nm😀", 1000))
                .isEqualTo("abcdefg\tl\r\nm😀");
        assertThat(InputEdge.clean("déjà propre", 1000)).isEqualTo("déjà propre");
    }

    @Test
    void cutsToTheBoundWithoutSplittingAnEmoji() {
        assertThat(InputEdge.clean("abcdef", 4)).isEqualTo("abcd");
        assertThat(InputEdge.clean("abc😀", 4)).isEqualTo("abc");
        assertThat(InputEdge.clean("\u0000".repeat(1_000_000) + "abc", 2)).isEqualTo("ab");
    }

    /** A form record with a list bounded in elements, as the newsletter's picks are. */
    record Picks(
            @Size(max = 2) List<String> slugs,
            @Size(max = 3) String word) {}

    @Test
    void boundsAListByItsElementsAndNotEachElementByTheListsSize() throws Exception {
        DefaultConversionService conversions = new DefaultConversionService();
        conversions.addConverter(new InputEdge(10_000));
        Constructor<Picks> constructor = Picks.class.getDeclaredConstructor(List.class, String.class);
        String slug = "cafe-des-community-managers-de-decembre-decembre-2026";

        assertThat(conversions.convert(
                        new String[] {slug, "x\u0000y"},
                        TypeDescriptor.valueOf(String[].class),
                        new TypeDescriptor(new MethodParameter(constructor, 0))))
                .isEqualTo(List.of(slug, "xy"));
        assertThat(conversions.convert(
                        "abcdef",
                        TypeDescriptor.valueOf(String.class),
                        new TypeDescriptor(new MethodParameter(constructor, 1))))
                .isEqualTo("abcd");
    }

    @Test
    void storesAContactMessageWithoutItsControlCharacters() throws Exception {
        MockHttpServletResponse response = mvc.perform(contact("nul" + DOMAIN, "Bonjour\u0000 le\u0001 bureau\u202E !")
                        .param("consent", "true"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select body from contact_message where sender_email = :e")
                        .param("e", "nul" + DOMAIN)
                        .query(String.class)
                        .single())
                .isEqualTo("Bonjour le bureau !");
    }

    @Test
    void showsATooLongFieldCutJustPastItsLimitWithTheFrenchMessage() throws Exception {
        Document page = Jsoup.parse(
                mvc.perform(contact("long" + DOMAIN, "x".repeat(1_000_000)).param("consent", "true"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(page.selectFirst("textarea[name=message]").text()).hasSize(5001);
        assertThat(page.text()).contains("ne peut pas dépasser 5000 caractères");
        assertThat(jdbc.sql("select count(*) from contact_message where sender_email = :e")
                        .param("e", "long" + DOMAIN)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void takesAForgedCheckboxValueAsNotTicked() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        contact("case" + DOMAIN, "Bonjour.").param("consent", "peut-être"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString()).text()).contains("Bonjour.");
        assertThat(jdbc.sql("select count(*) from contact_message where sender_email = :e")
                        .param("e", "case" + DOMAIN)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void searchesForAQueryHoldingNul() throws Exception {
        assertThat(mvc.perform(get("/recherche").param("q", "community\u0000manager"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void answersABodyOverTheLimitWithTheFrench413Page() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri("/contact"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("message=" + "x".repeat(3 * 1024 * 1024)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Envoi trop volumineux");
        assertThat(response.body()).doesNotContain("xxxxxxxxxx");
    }

    @Test
    void refusesMultipartBodiesOutsideTheMediaLibrary() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri("/contact"))
                                .header("Content-Type", "multipart/form-data; boundary=x")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n"
                                                + "Camille\r\n--x--\r\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Requête incorrecte");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static MockHttpServletRequestBuilder contact(String email, String message) {
        return post("/contact")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("192.0.2." + (int) (Math.random() * 250 + 1) + "-" + email);
                    return request;
                })
                .param("name", "Camille Martin")
                .param("email", email)
                .param("organisation", "")
                .param("topic", "PRESS")
                .param("message", message)
                .param("stamp", FormStamps.shownSecondsAgo(60))
                .param("website", "");
    }
}
