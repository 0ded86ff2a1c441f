package org.icmf.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.List;
import org.icmf.contact.ContactFixtures.Post;
import org.icmf.regions.Region;
import org.icmf.security.BoardAccounts;
import org.icmf.security.BoardUser;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Script in any field of the contact form comes out as text: in the form shown again (reflected), in the
 * confirmation page, the board's inbox and the mails (stored). Mails are plain text, so they carry the characters
 * as typed, neither escaped twice nor run anywhere.
 */
@SiteTest
class ContactXssTests {

    private static final BoardUser ADMIN =
            new BoardUser(7171, "admin@icmf.example", "Administration", "{noop}unused", true, EnumSet.of(Role.ADMIN));

    private static final String SCRIPT = "<script>alert('xss')</script>";
    private static final String ON_ERROR = "\"><img src=x onerror=alert(1)>";
    private static final String JAVASCRIPT_URL = "javascript:alert(document.cookie)";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** An active administrator, so that the board's copy is mailed (and checked) even when this class runs alone. */
    @BeforeEach
    void anAdministrator(@Autowired BoardAccounts accounts) {
        if (!accounts.emailTaken("administration" + ContactFixtures.DOMAIN)) {
            accounts.create(
                    "administration" + ContactFixtures.DOMAIN,
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

    private Post person() {
        return Post.from(ContactFixtures.address(), ContactFixtures.agedStamp());
    }

    private Document html(String url, BoardUser as) throws Exception {
        var request = get(url);
        if (as != null) {
            request.with(user(as));
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    /** No element, attribute or URL the payload could have made: only the page's own markup. */
    private static void assertInert(Document page) {
        assertThat(page.select("script")).as("no script element").isEmpty();
        assertThat(page.select("img[onerror], [onerror], [onload]"))
                .as("no event handler")
                .isEmpty();
        assertThat(page.select("a[href^=javascript], [src^=javascript]"))
                .as("no javascript: link")
                .isEmpty();
    }

    @Test
    void scriptTypedInAnyFieldIsShownBackAsText() throws Exception {
        String body = mvc.perform(person().with("name", SCRIPT)
                        .with("email", ON_ERROR)
                        .with("organisation", ON_ERROR)
                        .with("topic", SCRIPT)
                        .with("representative", JAVASCRIPT_URL + ON_ERROR)
                        .with("message", "")
                        .with("website", "")
                        .request())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document form = Jsoup.parse(body);

        assertInert(form);
        assertThat(form.select("#name").val()).isEqualTo(SCRIPT);
        assertThat(form.select("#email").val()).isEqualTo(ON_ERROR);
        assertThat(form.select("#organisation").val()).isEqualTo(ON_ERROR);
        assertThat(form.select("#topic-erreur").text()).isEqualTo("Choisissez un objet dans la liste.");
        assertThat(body).doesNotContain(SCRIPT, "<img src=x").contains("&lt;script&gt;alert(");
    }

    @Test
    void scriptInAStoredMessageIsTextInTheConfirmationTheInboxAndTheMails() throws Exception {
        String message = "Bonjour " + SCRIPT + "\n" + ON_ERROR + "\nMon site : " + JAVASCRIPT_URL
                + "\n&lt;b&gt;déjà échappé&lt;/b&gt;";
        String organisation = ON_ERROR.replace("<", "").replace(">", "") + " " + JAVASCRIPT_URL;
        String confirmation = mvc.perform(person().with("organisation", organisation)
                        .with("message", message)
                        .request())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = jdbc.sql("select id from contact_message where sender_email = 'camille@contact.example'")
                .query(Long.class)
                .single();

        Document sent = html(confirmation, null);
        assertInert(sent);
        assertThat(sent.select(".message-text").first().wholeText()).isEqualTo(message);
        assertThat(sent.select(".event-facts").text()).contains(organisation);

        for (String page :
                List.of("/admin/messages", "/admin/messages/" + id, "/admin/messages/" + id + "/supprimer")) {
            Document inbox = html(page, ADMIN);
            assertInert(inbox);
            assertThat(inbox.text()).as(page).contains("Camille Martin");
        }
        Document detail = html("/admin/messages/" + id, ADMIN);
        assertThat(detail.select(".message-text").first().wholeText()).isEqualTo(message);
        assertThat(detail.select(".revision-fields").text()).contains(organisation);
        assertThat(html("/admin/messages", ADMIN).select("tbody a").text()).contains("Bonjour " + SCRIPT);

        List<String> mails = jdbc.sql("""
                select o.body_text from mail_outbox o join contact_message_mail l on l.mail_id = o.id
                where l.message_id = :id and o.recipient <> 'camille@contact.example'""").param("id", id).query(String.class).list();
        assertThat(mails)
                .as("the board's")
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text)
                        .as("plain text: the characters as typed, not HTML")
                        .contains(SCRIPT, ON_ERROR, JAVASCRIPT_URL, "&lt;b&gt;déjà échappé&lt;/b&gt;")
                        .doesNotContain("&lt;script&gt;", "&quot;"));
        assertThat(jdbc.sql("select body_text from mail_outbox where recipient = 'camille@contact.example'")
                        .query(String.class)
                        .single())
                .as("the acknowledgment repeats nothing typed")
                .doesNotContain(SCRIPT, ON_ERROR, JAVASCRIPT_URL, "déjà échappé", "<", "Camille");
        long mailId = jdbc.sql("select min(mail_id) from contact_message_mail where message_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        Document outbox = html("/admin/courriels/" + mailId, ADMIN);
        assertInert(outbox);
        assertThat(outbox.select(".mail-body").first().wholeText()).contains(SCRIPT, ON_ERROR);
    }

    @Test
    void scriptInAForgedRepresentativeIsNeverShown() throws Exception {
        ContactFixtures.representative(
                jdbc, Region.NORMANDIE, "Yann", "Essai", "yann.representant" + ContactFixtures.DOMAIN);
        String body = mvc.perform(get("/contact").param("representant", SCRIPT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document form = Jsoup.parse(body);

        assertInert(form);
        assertThat(form.select("#representative-erreur").text()).startsWith("Cette région n’a pas de représentant");
        assertThat(body).doesNotContain(SCRIPT, "alert('xss')");
    }
}
