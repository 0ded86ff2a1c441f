package org.icmf.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import org.icmf.contact.ContactFixtures.Post;
import org.icmf.regions.Region;
import org.icmf.security.BoardAccounts;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.AsyncEvents;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The board's inbox at /admin/messages: folders, reading, filing, replying, restoring, deleting, retention. */
@SiteTest
class ContactInboxTests {

    private static final BoardUser ADMIN = new BoardUser(
            7272, "dominique@icmf.example", "Dominique Dufour", "{noop}unused", true, EnumSet.of(Role.ADMIN));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactInbox inbox;

    @Autowired
    BoardAccounts accounts;

    @AfterEach
    void removeTestData() {
        ContactFixtures.clean(jdbc);
    }

    /** Sends a message through the form; returns its id. */
    private long message(String email, String text) throws Exception {
        mvc.perform(Post.from(ContactFixtures.address(), ContactFixtures.agedStamp())
                .with("email", email)
                .with("message", text)
                .request());
        return jdbc.sql("select id from contact_message where sender_email = :email order by id desc limit 1")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    private Document asAdmin(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private MockHttpServletResponse act(String url, String... params) throws Exception {
        var request = post(url).with(user(ADMIN)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String folder(long id) {
        return jdbc.sql("select folder from contact_message where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long mailsTo(String email) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    @Test
    void listsEachFolderNewestFirstWithItsCountAndOpensAMessage() throws Exception {
        long first = message("alix" + ContactFixtures.DOMAIN, "Premier message, sur l'adhésion.");
        long second = message("bao" + ContactFixtures.DOMAIN, "Second message, pour un partenariat.");
        long spam = message("casino" + ContactFixtures.DOMAIN, "http://a.example http://b.example http://c.example");

        Document inboxPage = asAdmin("/admin/messages");
        assertThat(inboxPage.select("nav.filters a").eachText())
                .containsExactly("À traiter (2)", "Traités (0)", "Indésirables (1)");
        assertThat(inboxPage.select("nav.filters a[aria-current=page]").text()).isEqualTo("À traiter (2)");
        assertThat(inboxPage.select("tbody tr a").eachAttr("href"))
                .containsExactly("/admin/messages/" + second, "/admin/messages/" + first);
        assertThat(inboxPage.select("tbody tr").first().text())
                .contains(
                        "Camille Martin",
                        "bao@contact.example",
                        "La Nouvelle République",
                        "Presse",
                        "Second message, pour un partenariat.");
        assertThat(asAdmin("/admin/messages?dossier=indesirables")
                        .select("tbody tr a")
                        .eachAttr("href"))
                .containsExactly("/admin/messages/" + spam);
        assertThat(asAdmin("/admin/messages?dossier=traites").select("main").text())
                .contains("Aucun message dans « Traités ».");

        Document detail = asAdmin("/admin/messages/" + first);
        assertThat(detail.select("h1").text()).isEqualTo("Message de Camille Martin");
        assertThat(detail.select(".revision-fields").text())
                .contains("alix@contact.example", "Presse", "Le bureau", "À traiter");
        assertThat(detail.select(".message-text").text()).isEqualTo("Premier message, sur l'adhésion.");
        assertThat(mvc.perform(get("/admin/messages?dossier=inconnu").with(user(ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/admin/messages/999999999").with(user(ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/admin/messages?page=0").with(user(ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void marksMessagesHandledAndBackAndLogsIt() throws Exception {
        long id = message("alix" + ContactFixtures.DOMAIN, "À classer.");

        MockHttpServletResponse handled = act("/admin/messages/" + id + "/traite");
        assertThat(handled.getRedirectedUrl()).isEqualTo("/admin/messages/" + id);
        assertThat(folder(id)).isEqualTo("HANDLED");
        assertThat(asAdmin("/admin/messages/" + id).select(".revision-fields").text())
                .contains("Traités par Dominique Dufour le");

        act("/admin/messages/" + id + "/a-traiter");
        assertThat(folder(id)).isEqualTo("INBOX");
        assertThat(jdbc.sql("select handled_by_name from contact_message where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .optional())
                .isEmpty();

        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("""
                select actor_name || ' ' || action || ' ' || subject_label from audit_entry
                where subject_type = 'message' and subject_id = :id order by id""").param("id", id).query(String.class).list())
                .containsExactly(
                        "Dominique Dufour handled Message n° " + id + " (Presse)",
                        "Dominique Dufour reopened Message n° " + id + " (Presse)");
        Document journal = asAdmin("/admin/journal?type=message&objet=" + id);
        assertThat(journal.select("tbody").text())
                .contains("a classé comme traité le", "a remis à traiter le", "Message n° " + id + " (Presse)");
        assertThat(journal.select("#type option[selected]").text()).isEqualTo("Messages de contact");
    }

    @Test
    void repliesByEmailKeepsTheReplyWithTheMessageAndFilesItHandled() throws Exception {
        long id = message("alix" + ContactFixtures.DOMAIN, "Une question :\nquand a lieu le prochain café ?");

        Document empty = Jsoup.parse(
                act("/admin/messages/" + id + "/repondre", "text", "  ").getContentAsString());
        assertThat(empty.select("#text-erreur").text()).isEqualTo("Écrivez votre réponse.");

        MockHttpServletResponse replied = act(
                "/admin/messages/" + id + "/repondre",
                "text",
                "Bonjour,\r\nle prochain café a lieu le 17 avril à Tours.");

        assertThat(replied.getRedirectedUrl()).isEqualTo("/admin/messages/" + id);
        assertThat(folder(id)).isEqualTo("HANDLED");
        String reply = jdbc.sql("select body_text from mail_outbox where recipient = 'alix@contact.example' "
                        + "and subject = 'Réponse de l''ICMF à votre message'")
                .query(String.class)
                .single();
        assertThat(reply)
                .contains(
                        "Bonjour,\n\nBonjour,\nle prochain café a lieu le 17 avril à Tours.",
                        "Dominique Dufour, pour le bureau de l'ICMF",
                        "http://localhost:8080/contact")
                .as("the sender's address was never confirmed: their name and message are not quoted")
                .doesNotContain("Camille", "Martin", "prochain café ?", "Une question");
        Document detail = asAdmin("/admin/messages/" + id);
        assertThat(detail.select(".reply .post-meta").text()).startsWith("Dominique Dufour, le ");
        assertThat(detail.select(".reply .message-text").text())
                .isEqualTo("Bonjour, le prochain café a lieu le 17 avril à Tours.");
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'message' and subject_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("replied");
    }

    @Test
    void restoresASpamAndDeliversItThenAMessageCanBeSentBackToSpam() throws Exception {
        long id = message(
                "alix" + ContactFixtures.DOMAIN, "Mes sites : http://a.example http://b.example http://c.example");
        assertThat(folder(id)).isEqualTo("SPAM");
        assertThat(mailsTo("alix@contact.example")).isZero();
        assertThat(act("/admin/messages/" + id + "/traite").getRedirectedUrl()).isEqualTo("/admin/messages/" + id);
        assertThat(folder(id)).as("a spam is restored first").isEqualTo("SPAM");
        assertThat(asAdmin("/admin/messages/" + id).select("form[action$=/repondre]"))
                .isEmpty();

        act("/admin/messages/" + id + "/restaurer");

        assertThat(folder(id)).isEqualTo("INBOX");
        assertThat(mailsTo("alix@contact.example"))
                .as("the acknowledgment, as if it had passed")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from contact_message_mail l join mail_outbox o on o.id = l.mail_id "
                                + "where l.message_id = :id and o.subject like 'Message de contact%'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("one board mail per active administrator")
                .isEqualTo(accounts.activeEmailsWithRole(Role.ADMIN).size());

        act("/admin/messages/" + id + "/indesirable");
        assertThat(folder(id)).isEqualTo("SPAM");
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'message' and subject_id = :id order by occurred_at, id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("restored", "marked-spam");
    }

    @Test
    void deletesAMessageAfterConfirmationWithItsRepliesAndMails() throws Exception {
        long id = message("alix" + ContactFixtures.DOMAIN, "À supprimer.");
        act("/admin/messages/" + id + "/repondre", "text", "Bien reçu.");
        List<Long> mails = jdbc.sql("select mail_id from contact_message_mail where message_id = :id")
                .param("id", id)
                .query(Long.class)
                .list();
        assertThat(mails).hasSizeGreaterThanOrEqualTo(2);

        Document confirm = asAdmin("/admin/messages/" + id + "/supprimer");
        assertThat(confirm.select("h1").text()).isEqualTo("Supprimer ce message ?");
        assertThat(confirm.select("main").text()).contains("1 réponse(s)");
        assertThat(folder(id)).as("asking deletes nothing").isEqualTo("HANDLED");

        MockHttpServletResponse deleted = act("/admin/messages/" + id + "/supprimer");

        assertThat(deleted.getRedirectedUrl()).isEqualTo("/admin/messages?dossier=traites");
        assertThat(jdbc.sql("select count(*) from contact_message where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from contact_reply where message_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where id in (:ids)")
                        .param("ids", mails)
                        .query(Long.class)
                        .single())
                .as("the mails that repeated it")
                .isZero();
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'message' and subject_id = :id order by occurred_at, id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("replied", "deleted");
    }

    @Test
    void theNightlyJobDeletesMessagesOlderThanTheRetentionLimit() throws Exception {
        long old = message("alix" + ContactFixtures.DOMAIN, "Un message d'il y a plus d'un an.");
        long recent = message("bao" + ContactFixtures.DOMAIN, "Un message récent.");
        act("/admin/messages/" + old + "/repondre", "text", "Réponse ancienne.");
        jdbc.sql("update contact_message set created_at = now() - interval '366 days' where id = :id")
                .param("id", old)
                .update();
        jdbc.sql("update contact_message set created_at = now() - interval '364 days' where id = :id")
                .param("id", recent)
                .update();

        assertThat(inbox.purgeOldMessages()).isEqualTo(1);

        assertThat(jdbc.sql("select id from contact_message where sender_email like '%@contact.example'")
                        .query(Long.class)
                        .list())
                .containsExactly(recent);
        assertThat(mailsTo("alix@contact.example"))
                .as("the acknowledgment and the reply go with it")
                .isZero();
        assertThat(mailsTo("bao@contact.example")).isEqualTo(1);
    }

    @Test
    void theDashboardCountsTheMessagesToHandleForAdministratorsOnly() throws Exception {
        message("alix" + ContactFixtures.DOMAIN, "Pour le tableau de bord.");

        Document dashboard = asAdmin("/admin");
        assertThat(dashboard.select("a[href=/admin/messages]").text()).contains(inbox.toHandleCount() + " message");
        assertThat(dashboard.select(".site-nav a[href=/admin/messages]").text()).isEqualTo("Messages");
        BoardUser editor = new BoardUser(
                7273, "redaction@icmf.example", "Rédaction", "{noop}unused", true, EnumSet.of(Role.EDITOR));
        assertThat(Jsoup.parse(mvc.perform(get("/admin").with(user(editor)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("a[href=/admin/messages]"))
                .isEmpty();
    }

    @Test
    void moderatorsAndEditorsAreRefusedTheInbox() throws Exception {
        long id = message("alix" + ContactFixtures.DOMAIN, "Réservé aux administrateurs.");
        for (Role role : List.of(Role.MODERATOR, Role.EDITOR, Role.TREASURER)) {
            BoardUser member =
                    new BoardUser(7274, "membre@icmf.example", "Membre", "{noop}unused", true, EnumSet.of(role));
            for (String url :
                    List.of("/admin/messages", "/admin/messages/" + id, "/admin/messages/" + id + "/supprimer")) {
                assertThat(mvc.perform(get(url).with(user(member)))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as(role + " " + url)
                        .isEqualTo(403);
            }
            assertThat(mvc.perform(post("/admin/messages/" + id + "/supprimer")
                                    .with(user(member))
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(folder(id)).isEqualTo("INBOX");
    }

    @Test
    void aMessageToARepresentativeShowsForWhomItWas() throws Exception {
        ContactFixtures.representative(jdbc, Region.OCCITANIE, "Inès", "Vidal", "ines.rep" + ContactFixtures.DOMAIN);
        mvc.perform(Post.from(ContactFixtures.address(), ContactFixtures.agedStamp())
                .with("topic", "REPRESENTATIVE")
                .with("representative", "OCCITANIE")
                .with("message", "Pour Inès.")
                .request());
        long id = jdbc.sql("select id from contact_message where sender_email = 'camille@contact.example'")
                .query(Long.class)
                .single();

        assertThat(asAdmin("/admin/messages").select("tbody tr").text()).contains("Pour Inès Vidal (Occitanie)");
        assertThat(asAdmin("/admin/messages/" + id).select(".revision-fields").text())
                .contains("Inès Vidal (Occitanie), et le bureau en copie")
                .doesNotContain("ines.rep@");
    }
}
