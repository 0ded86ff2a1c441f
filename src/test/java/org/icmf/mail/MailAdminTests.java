package org.icmf.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.icmf.web.Tokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without an SMTP server (no {@code spring.mail.host}, hence no {@link JavaMailSender}: a sender of the test's own, as
 * the shared context has one) mails are kept, and administrators read them at /admin/courriels, filter them and put
 * them back in the queue.
 */
@SiteTest
class MailAdminTests {

    private static final BoardUser ADMIN =
            new BoardUser(7201, "presidence@icmf.example", "Présidence", "{noop}unused", true, EnumSet.of(Role.ADMIN));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxMailRepository mails;

    @Autowired
    MailProperties properties;

    @Autowired
    MailAttachments attachments;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    /** The sender of an application without SMTP server. */
    private OutboxSender senderWithoutSmtp() {
        return new OutboxSender(
                mails,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                properties,
                clock,
                transactions,
                attachments);
    }

    private long queue(String to, String name) {
        return new TransactionTemplate(transactions)
                .execute(status -> outbox.queue(to, "test/greeting", Map.of("name", name, "event", "Café des CM")));
    }

    private String status(long id) {
        return jdbc.sql("select status from mail_outbox where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private void setStatus(long id, String status) {
        jdbc.sql("update mail_outbox set status = :s where id = :id")
                .param("s", status)
                .param("id", id)
                .update();
    }

    private Document page(String url) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(url).with(user(ADMIN))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void keepsMailsWhenNoSmtpServerIsConfiguredAndShowsThemEscaped() throws Exception {
        String token = UUID.randomUUID().toString();
        String to = "garde-" + token + "@example.org";
        long id = queue(to, "<script>alert('x')</script>");

        OutboxRounds.sendAllDue(senderWithoutSmtp());

        assertThat(status(id)).isEqualTo("KEPT");
        Document list = page("/admin/courriels?destinataire=" + token);
        assertThat(list.select("tbody tr")).hasSize(1);
        assertThat(list.select("tbody tr td").eachText())
                .containsSubsequence(
                        to,
                        "Bienvenue <script>alert('x')</script> : votre inscription à « Café des CM » est confirmée",
                        "Conservé (pas de serveur SMTP)",
                        "0");
        assertThat(list.select("nav[aria-label=Administration] a[aria-current=page]")
                        .text())
                .isEqualTo("Courriels");

        MockHttpServletResponse detail = mvc.perform(
                        get("/admin/courriels/" + id).with(user(ADMIN)))
                .andReturn()
                .getResponse();
        assertThat(detail.getContentAsString()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        Document page = Jsoup.parse(detail.getContentAsString());
        assertThat(page.select("pre.mail-body").first().wholeText())
                .startsWith("Bonjour <script>alert('x')</script>,\n")
                .contains("Institut des Community Managers Français (ICMF)\n20 bis, rue Alleron, 37000 Tours");
        assertThat(page.select("form[action$=/renvoyer] button").text()).isEqualTo("Renvoyer");
    }

    @Test
    void putsAKeptOrFailedMailBackInTheQueueButNotAPendingOne() throws Exception {
        String to = "renvoi-" + UUID.randomUUID() + "@example.org";
        long id = queue(to, "Zoé");
        jdbc.sql("update mail_outbox set status = 'FAILED', attempts = 6, last_error = 'MailSendException: refusé' "
                        + "where id = :id")
                .param("id", id)
                .update();
        Document failed = page("/admin/courriels/" + id);
        assertThat(failed.select(".mail-error").text()).isEqualTo("MailSendException: refusé");
        assertThat(failed.text()).contains("Échec");

        MockHttpServletResponse requeued = mvc.perform(post("/admin/courriels/" + id + "/renvoyer")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(requeued.getRedirectedUrl()).isEqualTo("/admin/courriels/" + id);
        Map<String, Object> row = jdbc.sql("select status, attempts, last_error from mail_outbox where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("status", "PENDING")
                .containsEntry("attempts", 0)
                .containsEntry("last_error", null);
        // The flash message waits in the session the POST opened (Spring Session: MockMvc's flashAttr cannot reach it).
        Document pending = Jsoup.parse(
                mvc.perform(get("/admin/courriels/" + id).with(user(ADMIN)).cookie(requeued.getCookie("SESSION")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(pending.select(".flash").text()).startsWith("Le courriel est remis en file d’attente");
        assertThat(pending.select("form[action$=/renvoyer]")).isEmpty();

        mvc.perform(
                post("/admin/courriels/" + id + "/renvoyer").with(user(ADMIN)).with(csrf()));
        assertThat(status(id)).isEqualTo("PENDING");
        setStatus(id, "KEPT");
        mvc.perform(
                post("/admin/courriels/" + id + "/renvoyer").with(user(ADMIN)).with(csrf()));
        assertThat(status(id)).isEqualTo("PENDING");
        setStatus(id, "SENT");
        mvc.perform(
                post("/admin/courriels/" + id + "/renvoyer").with(user(ADMIN)).with(csrf()));
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void filtersByStatusAndByRecipientWhateverTheCase() throws Exception {
        String token = UUID.randomUUID().toString();
        long sent = queue("alice-" + token + "@example.org", "Alice");
        long failed = queue("bob-" + token + "@example.org", "Bob");
        long kept = queue("Carole-" + token + "@Example.org", "Carole");
        setStatus(sent, "SENT");
        setStatus(failed, "FAILED");
        setStatus(kept, "KEPT");

        assertThat(page("/admin/courriels?destinataire=" + token)
                        .select("tbody tr td:nth-child(2)")
                        .eachText())
                .containsExactly(
                        "Carole-" + token + "@Example.org",
                        "bob-" + token + "@example.org",
                        "alice-" + token + "@example.org");
        assertThat(page("/admin/courriels?statut=failed&destinataire=" + token)
                        .select("tbody tr td:nth-child(2)")
                        .eachText())
                .containsExactly("bob-" + token + "@example.org");
        assertThat(page("/admin/courriels?destinataire=CAROLE-" + token.toUpperCase())
                        .select("tbody tr"))
                .hasSize(1);
        assertThat(page("/admin/courriels?statut=sent&destinataire=" + token)
                        .select("#statut option[selected]")
                        .text())
                .isEqualTo("Envoyé");
        assertThat(page("/admin/courriels?destinataire=%25_" + token).select("tbody tr"))
                .isEmpty();

        Document wrong = page("/admin/courriels?statut=nimporte&destinataire=" + token);
        assertThat(wrong.select("#statut-erreur").text()).isEqualTo("Choisissez un état dans la liste.");
        assertThat(wrong.select("tbody tr")).hasSize(3);
    }

    @Test
    void answersAnUnknownMailWithNotFound() throws Exception {
        assertThat(mvc.perform(get("/admin/courriels/987654321").with(user(ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/admin/courriels/987654321/renvoyer")
                                .with(user(ADMIN))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void refusesBoardMembersWhoAreNotAdministrators() throws Exception {
        BoardUser editor = new BoardUser(
                7202,
                "redaction@icmf.example",
                "Rédaction",
                "{noop}unused",
                true,
                EnumSet.of(Role.EDITOR, Role.MODERATOR, Role.TREASURER));
        assertThat(mvc.perform(get("/admin/courriels").with(user(editor)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(Jsoup.parse(mvc.perform(get("/admin").with(user(editor)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("nav a")
                        .eachText())
                .isNotEmpty()
                .doesNotContain("Courriels");
    }

    @Test
    void showsPersonalLinksMaskedAndExplainsWhyAMailWithoutReissuerCannotBeSentAgain() throws Exception {
        String to = "masque-" + UUID.randomUUID() + "@example.org";
        String token = Tokens.random();
        long id = new TransactionTemplate(transactions)
                .execute(status -> outbox.queue(
                        to,
                        "test/personal-link",
                        Map.of("name", "Zoé", "link", "http://localhost:8080/evenements/inscription/" + token)));

        String pending = mvc.perform(get("/admin/courriels/" + id).with(user(ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pending).doesNotContain(token);
        assertThat(Jsoup.parse(pending).select("pre.mail-body").first().wholeText())
                .contains(
                        "Pour voir ou annuler votre inscription : http://localhost:8080/evenements/inscription/••••••\n");

        OutboxRounds.sendAllDue(senderWithoutSmtp());

        assertThat(status(id)).isEqualTo("KEPT");
        assertThat(jdbc.sql("select body_text from mail_outbox where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("stored body once kept")
                .doesNotContain(token)
                .contains("/evenements/inscription/••••••");
        Document kept = page("/admin/courriels/" + id);
        assertThat(kept.select("form[action$=/renvoyer]"))
                .as("a masked body is never replayed")
                .isEmpty();
        assertThat(kept.select("#renvoi-impossible").text())
                .startsWith("Ce courriel contenait un lien personnel")
                .contains("Mes données");

        mvc.perform(
                post("/admin/courriels/" + id + "/renvoyer").with(user(ADMIN)).with(csrf()));
        assertThat(status(id)).isEqualTo("KEPT");
    }
}
