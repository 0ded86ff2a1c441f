package org.icmf.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.icmf.contact.ContactFixtures.Post;
import org.icmf.regions.Region;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Regional representatives are reached through the contact form: the regions page links to it, the message goes to
 * the representative's e-mail with the board in copy, and that e-mail appears on no public page.
 */
@SiteTest
class WritingToARepresentativeTests {

    private static final String REPRESENTATIVE_EMAIL = "yann.secret" + ContactFixtures.DOMAIN;

    private static final String ADMIN_EMAIL = "administration-representants" + ContactFixtures.DOMAIN;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aRepresentativeInNormandieAndAnAdministrator(@Autowired BoardAccounts accounts) {
        ContactFixtures.representative(jdbc, Region.NORMANDIE, "Yann", "Le Goff", REPRESENTATIVE_EMAIL);
        // The board's copies go to every active administrator: at least this one.
        if (!accounts.emailTaken(ADMIN_EMAIL)) {
            accounts.create(
                    ADMIN_EMAIL,
                    "Administration",
                    "phrase de passe de l'administration",
                    EnumSet.of(Role.ADMIN),
                    Actor.SYSTEM);
        }
    }

    @AfterEach
    void removeTestData() {
        ContactFixtures.clean(jdbc);
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }

    private Post toNormandie() {
        return Post.from(ContactFixtures.address(), ContactFixtures.agedStamp())
                .with("topic", "REPRESENTATIVE")
                .with("representative", "NORMANDIE")
                .with("message", "Bonjour Yann, organisez-vous un café à Caen ?");
    }

    @Test
    void theRegionsPageLinksEachRepresentativeToTheFormWhichOffersToChooseThem() throws Exception {
        Document regions = Jsoup.parse(body("/association/regions"));
        assertThat(regions.select(".directory li:contains(Normandie) a").eachAttr("href"))
                .containsExactly("/contact?representant=NORMANDIE");
        assertThat(regions.select(".directory li:contains(Normandie) a").text()).startsWith("Lui écrire");
        assertThat(regions.select(".directory li:contains(Bretagne) a[href^=/contact]"))
                .as("nobody there")
                .isEmpty();

        Document form = Jsoup.parse(body("/contact?representant=NORMANDIE"));
        assertThat(form.select("#representative option").eachText())
                .containsExactly("Le bureau de l’ICMF", "Normandie — Yann Le Goff");
        assertThat(form.select("#representative option[selected]").val()).isEqualTo("NORMANDIE");
        assertThat(form.select("#topic option[selected]").val()).isEqualTo("REPRESENTATIVE");
        assertThat(form.select("#topic option").eachText()).contains("Représentant régional");
        assertThat(Jsoup.parse(body("/contact"))
                        .select("main a[href=/association/regions]")
                        .text())
                .isEqualTo("choisissez sa région");
    }

    @Test
    void aMessageToARepresentativeGoesToTheirEmailWithTheBoardInCopy() throws Exception {
        MockHttpServletResponse sent =
                mvc.perform(toNormandie().request()).andReturn().getResponse();

        assertThat(sent.getRedirectedUrl()).startsWith("/contact/merci?m=");
        assertThat(jdbc.sql("select region || ' ' || representative_name || ' ' || topic from contact_message "
                                + "where sender_email = 'camille@contact.example'")
                        .query(String.class)
                        .single())
                .isEqualTo("NORMANDIE Yann Le Goff REPRESENTATIVE");
        assertThat(ContactFixtures.recipientsOf(jdbc, "Message d'un visiteur du site de l'ICMF"))
                .containsExactly(REPRESENTATIVE_EMAIL);
        String toRepresentative = jdbc.sql("select body_text from mail_outbox where recipient = :to")
                .param("to", REPRESENTATIVE_EMAIL)
                .query(String.class)
                .single();
        assertThat(toRepresentative)
                .contains(
                        "Bonjour Yann Le Goff",
                        "pour la région Normandie",
                        "De : Camille Martin <camille@contact.example>",
                        "organisez-vous un café à Caen ?",
                        "le bureau reçoit une copie");
        List<String> boardCopies = jdbc.sql(
                        "select body_text from mail_outbox where subject like 'Message de contact (Représentant régional)%'")
                .query(String.class)
                .list();
        assertThat(boardCopies)
                .isNotEmpty()
                .allSatisfy(copy -> assertThat(copy)
                        .contains(
                                "Écrit à : Yann Le Goff, représentant(e) de l'ICMF pour la région Normandie (le message lui est transmis par courriel)")
                        .doesNotContain(REPRESENTATIVE_EMAIL));
        String acknowledgment = jdbc.sql(
                        "select body_text from mail_outbox where recipient = 'camille@contact.example'")
                .query(String.class)
                .single();
        assertThat(acknowledgment).contains("adressé à Yann Le Goff").doesNotContain(REPRESENTATIVE_EMAIL);

        String confirmation = body(sent.getRedirectedUrl());
        assertThat(Jsoup.parse(confirmation).select(".event-facts").text())
                .contains("Yann Le Goff, représentant(e) de l’ICMF pour la région Normandie, et le bureau");
        for (String page : List.of(
                "/association/regions",
                "/contact?representant=NORMANDIE",
                "/contact",
                "/association/membres",
                "/sitemap.xml",
                sent.getRedirectedUrl())) {
            assertThat(body(page)).as(page).doesNotContain(REPRESENTATIVE_EMAIL, "yann.secret");
        }
    }

    @Test
    void aMessageFromTheRepresentativeFormMayStillGoToTheBoardAlone() throws Exception {
        mvc.perform(
                toNormandie().with("representative", "").with("topic", "EVENTS").request());

        assertThat(jdbc.sql(
                                "select count(*) from contact_message where sender_email = 'camille@contact.example' and region is null")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(ContactFixtures.recipientsOf(jdbc, "Message d'un visiteur")).isEmpty();
    }

    @Test
    void aForgedOrVacantRegionIsReportedNextToTheField() throws Exception {
        for (String region : List.of("BRETAGNE", "ATLANTIDE", "normandie", "NORMANDIE' or '1'='1")) {
            Document form = Jsoup.parse(
                    mvc.perform(toNormandie().with("representative", region).request())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            assertThat(form.select("#representative-erreur").text())
                    .as(region)
                    .isEqualTo("Cette région n’a pas de représentant : choisissez un destinataire dans la liste.");
            assertThat(form.select("#message").text()).isEqualTo("Bonjour Yann, organisez-vous un café à Caen ?");

            Document opened =
                    Jsoup.parse(body("/contact?representant=" + URLEncoder.encode(region, StandardCharsets.UTF_8)));
            assertThat(opened.select("#representative-erreur").text())
                    .as(region)
                    .startsWith("Cette région n’a pas de représentant");
        }
        Document noneChosen =
                Jsoup.parse(mvc.perform(toNormandie().with("representative", "").request())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(noneChosen.select("#representative-erreur").text())
                .startsWith("Choisissez le ou la représentant(e)");
        assertThat(jdbc.sql("select count(*) from contact_message where sender_email like '%@contact.example'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(ContactFixtures.recipientsOf(jdbc, "Message d'un visiteur")).isEmpty();
    }
}
