package org.icmf.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.icmf.contact.ContactFixtures.Post;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.icmf.web.SpamGuard;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Visitors write to the board at /contact: storage, mails, confirmation, form errors and the spam defences. */
@SiteTest
class ContactFormTests {

    private static final String ADMIN_EMAIL = "administration" + ContactFixtures.DOMAIN;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SpamGuard guard;

    @Autowired
    BoardAccounts accounts;

    private String address;

    @BeforeEach
    void anAdministratorAndAnAddressOfItsOwn() {
        if (!accounts.emailTaken(ADMIN_EMAIL)) {
            accounts.create(
                    ADMIN_EMAIL,
                    "Administration",
                    "phrase de passe de l'administration",
                    EnumSet.of(Role.ADMIN),
                    Actor.SYSTEM);
        }
        address = ContactFixtures.address();
    }

    @AfterEach
    void removeTestData() {
        ContactFixtures.clean(jdbc);
    }

    private Post person() {
        return Post.from(address, ContactFixtures.agedStamp());
    }

    private MockHttpServletResponse send(Post post) throws Exception {
        return mvc.perform(post.request()).andReturn().getResponse();
    }

    private static Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    private List<String> stored(String column) {
        return jdbc.sql("select " + column
                        + " from contact_message where sender_email like '%@contact.example' order by id")
                .query(String.class)
                .list();
    }

    @Test
    void storesAMessageMailsTheBoardAndAcknowledgesItToItsSender() throws Exception {
        MockHttpServletResponse sent = send(person());

        assertThat(sent.getRedirectedUrl()).matches("/contact/merci\\?m=[A-Za-z0-9_-]{43}");
        assertThat(stored("folder || ' ' || topic || ' ' || sender_name || ' ' || sender_email"))
                .containsExactly("INBOX PRESS Camille Martin camille@contact.example");
        assertThat(stored("address_hash"))
                .as("a keyed hash of the address, never the address")
                .containsExactly(guard.addressHash(address))
                .noneMatch(hash -> hash.contains("198.51.100"));

        List<String> board = ContactFixtures.recipientsOf(jdbc, "Message de contact (Presse) : Camille Martin");
        assertThat(board)
                .as("every active administrator")
                .contains(ADMIN_EMAIL)
                .containsExactlyInAnyOrderElementsOf(accounts.activeEmailsWithRole(Role.ADMIN));
        String boardMail = jdbc.sql(
                        "select body_text from mail_outbox where recipient = :to and subject like 'Message de contact%'")
                .param("to", ADMIN_EMAIL)
                .query(String.class)
                .single();
        assertThat(boardMail)
                .contains(
                        "De : Camille Martin <camille@contact.example>",
                        "Organisation : La Nouvelle République",
                        "Objet : Presse",
                        "je prépare un article sur le métier",
                        "http://localhost:8080/admin/messages/");
        assertThat(ContactFixtures.recipientsOf(jdbc, "Votre message à l'ICMF est bien reçu"))
                .containsExactly("camille@contact.example");
        String acknowledgment = jdbc.sql(
                        "select body_text from mail_outbox where recipient = 'camille@contact.example'")
                .query(String.class)
                .single();
        assertThat(acknowledgment)
                .contains("Bonjour,", "Objet : Presse", "http://localhost:8080/mes-donnees", "365 jours")
                .as("the sender's address was never confirmed: nothing they typed is repeated")
                .doesNotContain(ADMIN_EMAIL, "Camille", "Martin", "Nouvelle République", "article");

        Document confirmation =
                page(mvc.perform(get(sent.getRedirectedUrl())).andReturn().getResponse());
        assertThat(confirmation.select("h1").text()).isEqualTo("Merci pour votre message");
        assertThat(confirmation.select(".event-facts").text())
                .contains(
                        "Le bureau de l’ICMF",
                        "Presse",
                        "Camille Martin (camille@contact.example)",
                        "La Nouvelle République");
        assertThat(confirmation.select(".message-text").text()).startsWith("Bonjour, je prépare un article");
        MockHttpServletResponse again =
                mvc.perform(get(sent.getRedirectedUrl())).andReturn().getResponse();
        assertThat(again.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theAcknowledgmentQuotesNothingTypedAndGoesOncePerAddressAndWindow() throws Exception {
        send(person().with("message", "<b>spam</b> http://evil.example achetez chez nous")
                .with("organisation", "Evil Corp"));
        send(Post.from(ContactFixtures.address(), ContactFixtures.agedStamp()).with("message", "Un autre message."));

        assertThat(stored("id")).hasSize(2);
        assertThat(ContactFixtures.recipientsOf(jdbc, "Message de contact (Presse) : Camille Martin"))
                .as("the board gets each message")
                .hasSize(2 * accounts.activeEmailsWithRole(Role.ADMIN).size());
        List<String> acknowledgments = jdbc.sql("select subject || '\n' || body_text from mail_outbox "
                        + "where recipient = 'camille@contact.example'")
                .query(String.class)
                .list();
        assertThat(acknowledgments)
                .as("one acknowledgment per address and rate window")
                .hasSize(1);
        assertThat(acknowledgments.get(0))
                .contains("Votre message à l'ICMF est bien reçu", "Objet : Presse")
                .doesNotContain("<b>", "spam", "evil.example", "achetez", "Evil Corp", "Camille", "Martin");

        jdbc.sql("update contact_message set acknowledged_at = acknowledged_at - interval '11 minutes' "
                        + "where sender_email = 'camille@contact.example' and acknowledged_at is not null")
                .update();
        send(Post.from(ContactFixtures.address(), ContactFixtures.agedStamp()).with("message", "Un troisième."));
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = 'camille@contact.example'")
                        .query(Long.class)
                        .single())
                .as("the window has passed")
                .isEqualTo(2);
    }

    @Test
    void showsTheFormWithItsConsentTextAndHiddenDefences() throws Exception {
        // (That reading it creates no session is checked by ContactingTheBoardBrowserIT: here, MockMvc's csrf() has
        // swapped the shared CSRF filter's cookie repository for a session one.)
        Document form = page(mvc.perform(get("/contact")).andReturn().getResponse());
        assertThat(form.select("form.contact-form input[name=_csrf]")).hasSize(1);
        assertThat(form.select("form.contact-form input[name=stamp]").val()).matches("\\d+\\.[A-Za-z0-9_-]{43}");
        assertThat(form.select("#topic option").eachText())
                .containsExactly("Choisissez…", "Adhésion", "Presse", "Partenariat", "Événements", "Autre");
        assertThat(form.select("#representative"))
                .as("to the board: no representative to choose")
                .isEmpty();
        assertThat(form.select("#consent-aide").text()).contains("Finalité", "365 jours", "effacement");
        assertThat(form.select("#consent-aide a").attr("href")).isEqualTo("/mes-donnees");
        assertThat(form.select(".site-footer a[href=/contact]").text()).isEqualTo("Contact");
    }

    @Test
    void rejectsMissingAndTooLongFieldsWithFrenchMessagesAndKeepsWhatWasTyped() throws Exception {
        Document form = page(send(person().with("name", "")
                .with("email", "")
                .with("topic", "")
                .with("message", "x".repeat(5001))
                .with("consent", null)
                .with("organisation", "o".repeat(201))));

        assertThat(form.select("#name-erreur").text()).isEqualTo("Indiquez votre nom.");
        assertThat(form.select("#email-erreur").text())
                .isEqualTo("Indiquez votre adresse e-mail, pour que nous puissions vous répondre.");
        assertThat(form.select("#topic-erreur").text()).isEqualTo("Choisissez l’objet de votre message.");
        assertThat(form.select("#message-erreur").text())
                .isEqualTo("Votre message ne peut pas dépasser 5000 caractères.");
        assertThat(form.select("#organisation-erreur").text())
                .isEqualTo("L’organisation ne peut pas dépasser 200 caractères.");
        assertThat(form.select("#consent-erreur").text()).startsWith("Cochez cette case");
        assertThat(form.select("#message").text()).hasSize(5001);
        assertThat(form.select(".form-error").text()).contains("Votre message n’est pas envoyé");
        assertThat(stored("id")).isEmpty();
    }

    @Test
    void refusesScriptTagsAndSqlFragmentsInANameInvalidAddressesAndControlCharacters() throws Exception {
        Document script = page(send(person().with("name", "<script>alert(1)</script>")
                .with("email", "camille@contact.example\" onerror=\"x")
                .with("message", "Bonjour\u0000")));
        assertThat(script.select("#name-erreur").text()).startsWith("Un nom ne contient que des lettres");
        assertThat(script.select("#name").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(script.select("#email-erreur").text()).startsWith("Cette adresse e-mail n’est pas valide");
        assertThat(script.select("#message-erreur"))
                .as("the input edge removed the NUL")
                .isEmpty();
        assertThat(script.select("#message").text()).isEqualTo("Bonjour");

        Document sql = page(send(person().with("name", "Robert'); DROP TABLE contact_message;--")
                .with("email", "Camille Martin <camille@contact.example>")));
        assertThat(sql.select("#name-erreur").text()).startsWith("Un nom ne contient que des lettres");
        assertThat(sql.select("#name").val()).isEqualTo("Robert'); DROP TABLE contact_message;--");
        assertThat(sql.select("#email-erreur").text()).startsWith("Cette adresse e-mail n’est pas valide");
        assertThat(sql.select("#message").text()).startsWith("Bonjour,");
        assertThat(stored("id")).isEmpty();

        assertThat(send(person().with("name", "Zoé O’Brien-Lefèvre Jr.")
                                .with(
                                        "message",
                                        "Voici une requête : select * from membres; drop table x; -- rien de grave"))
                        .getRedirectedUrl())
                .as("a real name, and SQL in a message is only text")
                .startsWith("/contact/merci");
        assertThat(stored("body"))
                .containsExactly("Voici une requête : select * from membres; drop table x; -- rien de grave");
    }

    @Test
    void aNormalMessagePassesEverySpamRule() throws Exception {
        assertThat(send(person().with(
                                        "message",
                                        "Bonjour, voici notre site : https://exemple.fr — et notre page www.exemple.fr/presse"))
                        .getRedirectedUrl())
                .startsWith("/contact/merci");
        assertThat(stored("folder")).containsExactly("INBOX");
    }

    @Test
    void aFilledHoneypotIsAnsweredAsIfSentButNothingIsStoredOrMailed() throws Exception {
        MockHttpServletResponse robot = send(person().with("website", "http://robot.example"));

        assertThat(robot.getRedirectedUrl()).matches("/contact/merci\\?m=[A-Za-z0-9_-]{43}");
        assertThat(stored("id")).isEmpty();
        assertThat(ContactFixtures.recipientsOf(jdbc, "Message de contact")).isEmpty();
        assertThat(page(mvc.perform(get(robot.getRedirectedUrl())).andReturn().getResponse())
                        .select(".flash")
                        .text())
                .startsWith("Votre message est envoyé.");
    }

    @Test
    void aFormSentFasterThanAPersonCouldIsShownAgainWithWhatWasTyped() throws Exception {
        String fresh = guard.stamp();
        Document form = page(send(person().with("stamp", fresh)));

        assertThat(form.select(".form-error[role=alert]").text()).contains("envoyé trop vite");
        assertThat(form.select("#name").val()).isEqualTo("Camille Martin");
        assertThat(form.select("#message").text()).startsWith("Bonjour,");
        assertThat(form.select("input[name=stamp]").val())
                .as("its own stamp, which keeps ageing")
                .isEqualTo(fresh);
        assertThat(stored("id")).isEmpty();
    }

    @Test
    void aMissingForgedOrStaleStampShowsTheFormAgainWithANewStamp() throws Exception {
        String aged = ContactFixtures.agedStamp();
        String forged = (Long.parseLong(aged.substring(0, aged.indexOf('.'))) - 1) + aged.substring(aged.indexOf('.'));
        for (String stamp : new String[] {null, "", "1234", forged, "1." + "A".repeat(43)}) {
            Document form = page(send(person().with("stamp", stamp)));
            assertThat(form.select(".form-error[role=alert]").text())
                    .as(String.valueOf(stamp))
                    .contains("Ce formulaire a expiré");
            assertThat(form.select("#email").val()).isEqualTo("camille@contact.example");
            assertThat(form.select("input[name=stamp]").val())
                    .isNotEqualTo(stamp)
                    .matches("\\d+\\.[A-Za-z0-9_-]{43}");
        }
        assertThat(stored("id")).isEmpty();
    }

    @Test
    void tooManyLinksPutTheMessageInTheSpamFolderWithoutAnyMail() throws Exception {
        MockHttpServletResponse spam =
                send(person().with("message", "Cheap followers http://a.example http://b.example http://c.example"));

        assertThat(spam.getRedirectedUrl()).as("answered as if sent").startsWith("/contact/merci?m=");
        assertThat(stored("folder")).containsExactly("SPAM");
        assertThat(ContactFixtures.recipientsOf(jdbc, "Message de contact")).isEmpty();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = 'camille@contact.example'")
                        .query(Long.class)
                        .single())
                .as("no acknowledgment either")
                .isZero();
    }

    @Test
    void theSameFormSentTwiceIsStoredOnce() throws Exception {
        Post post = person();
        assertThat(send(post).getRedirectedUrl()).startsWith("/contact/merci");

        Document replayed = page(send(post));

        assertThat(replayed.select(".form-error[role=alert]").text()).contains("Ce message a déjà été envoyé");
        assertThat(stored("id")).hasSize(1);
        assertThat(send(post.with("message", "Un autre message, dans le même formulaire."))
                        .getRedirectedUrl())
                .startsWith("/contact/merci");
        assertThat(stored("id")).hasSize(2);
    }

    @Test
    void limitsHowOftenOneAddressOrOneEmailMaySend() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(send(person().with("email", "rafale" + i + ContactFixtures.DOMAIN))
                            .getRedirectedUrl())
                    .startsWith("/contact/merci");
        }
        Document limited = page(send(person().with("email", "rafale6" + ContactFixtures.DOMAIN)));
        assertThat(limited.select(".form-error[role=alert]").text())
                .contains("Vous avez envoyé plusieurs messages en peu de temps");
        assertThat(limited.select("#email").val()).isEqualTo("rafale6@contact.example");
        assertThat(stored("id")).hasSize(5);

        String otherAddress = ContactFixtures.address();
        for (int i = 1; i <= 5; i++) {
            Post fromElsewhere = Post.from(ContactFixtures.address(), ContactFixtures.agedStamp())
                    .with("email", "meme" + ContactFixtures.DOMAIN)
                    .with("message", "Message numéro " + i);
            assertThat(send(fromElsewhere).getRedirectedUrl()).startsWith("/contact/merci");
        }
        Document sameEmail = page(send(Post.from(otherAddress, ContactFixtures.agedStamp())
                .with("email", "Meme" + ContactFixtures.DOMAIN)
                .with("message", "Message numéro 6")));
        assertThat(sameEmail.select(".form-error[role=alert]").text()).contains("Vous avez envoyé plusieurs messages");
        assertThat(stored("id")).hasSize(10);
    }

    @Test
    void theConfirmationPageShowsNothingForAnUnknownOrMalformedLink() throws Exception {
        for (String link : new String[] {
            "/contact/merci", "/contact/merci?m=" + UUID.randomUUID(), "/contact/merci?m=" + "A".repeat(43)
        }) {
            Document page = page(mvc.perform(get(link)).andReturn().getResponse());
            assertThat(page.select(".flash").text()).startsWith("Votre message est envoyé.");
            assertThat(page.select("#recapitulatif")).isEmpty();
        }
    }
}
