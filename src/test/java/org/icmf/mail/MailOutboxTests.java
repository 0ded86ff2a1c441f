package org.icmf.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.icmf.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails are queued in the caller's transaction, rendered from their text template with the site's footer. */
@SiteTest
class MailOutboxTests {

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private static String recipient() {
        return "outbox-" + UUID.randomUUID() + "@example.org";
    }

    private long rows(String recipient) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :r")
                .param("r", recipient)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from mail_outbox where id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    @Test
    void refusesToQueueOutsideATransaction() {
        String to = recipient();

        assertThatThrownBy(() -> outbox.queue(to, "test/greeting", Map.of("name", "Zoé", "event", "Café")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rows(to)).isZero();
    }

    @Test
    void leavesNoMailWhenTheCallersTransactionRollsBack() {
        String to = recipient();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.queue(to, "test/greeting", Map.of("name", "Zoé", "event", "Café"));
            assertThat(rows(to)).as("visible inside the caller's transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(rows(to)).isZero();
    }

    @Test
    void keepsAPendingMailRenderedWithTheVariablesAndTheSiteFooterWhenTheCallerCommits() {
        String to = recipient();

        Long id = new TransactionTemplate(transactions)
                .execute(status -> outbox.queue(
                        to,
                        "test/greeting",
                        Map.of("name", "Zoé <b>& Cie</b>", "event", "Café des CM <script>alert(1)</script>")));

        Map<String, Object> mail = row(id);
        assertThat(mail.get("status")).isEqualTo("PENDING");
        assertThat(mail.get("attempts")).isEqualTo(0);
        assertThat(mail.get("recipient")).isEqualTo(to);
        assertThat(mail.get("subject"))
                .isEqualTo(
                        "Bienvenue Zoé <b>& Cie</b> : votre inscription à « Café des CM <script>alert(1)</script> » est confirmée");
        assertThat((String) mail.get("body_text"))
                .startsWith(
                        "Bonjour Zoé <b>& Cie</b>,\n\nVotre inscription à « Café des CM <script>alert(1)</script> »")
                .contains("Le programme : http://localhost:8080/evenements/cafe-des-cm\n")
                .contains("L’équipe ICMF\n\n-- \nInstitut des Community Managers Français (ICMF)\n"
                        + "20 bis, rue Alleron, 37000 Tours\nhttp://localhost:8080/\n")
                .doesNotContain("&lt;", "&amp;");
        assertThat(mail.get("next_attempt_at")).isNotNull();
        assertThat(mail.get("sent_at")).isNull();
    }

    @Test
    void keepsTheSubjectOnOneLineWhateverTheVariablesHold() {
        String to = recipient();

        Long id = new TransactionTemplate(transactions)
                .execute(status -> outbox.queue(
                        to,
                        "test/greeting",
                        Map.of("name", "Zoé\r\nBcc: victime@example.org", "event", "x".repeat(400))));

        String subject = (String) row(id).get("subject");
        assertThat(subject)
                .doesNotContain("\n", "\r")
                .startsWith("Bienvenue Zoé Bcc: victime@example.org : ")
                .hasSize(300)
                .endsWith("…");
    }

    @Test
    void noLineBreakNorControlCharacterOfAVariableReachesTheSubject() {
        String to = recipient();

        Long id = new TransactionTemplate(transactions)
                .execute(status -> outbox.queue(
                        to,
                        "test/greeting",
                        Map.of("name", "Zoé\u2028Bcc: a@example.org\u0085\u000b\u0000\u202e", "event", "Café")));

        assertThat((String) row(id).get("subject"))
                .isEqualTo("Bienvenue Zoé Bcc: a@example.org : votre inscription à « Café » est confirmée");
    }

    @Test
    void refusesWhatIsNotOnePlainAddressOrATemplateName() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Map<String, Object> model = Map.of("name", "Zoé", "event", "Café");
        for (String to : new String[] {
            "",
            "pas-une-adresse",
            "a@example.org, b@example.org",
            "Zoé <a@example.org>",
            "a@example.org\r\nBcc: b@example.org",
            "x".repeat(310) + "@example.org",
            "a,b@example.org",
            "a;b@example.org",
            "a@example.org\u0000",
            "x".repeat(65) + "@example.org"
        }) {
            assertThatThrownBy(() -> transaction.execute(status -> outbox.queue(to, "test/greeting", model)))
                    .as(to)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String template : new String[] {"../application", "test/missing", "footer", "Test/Greeting"}) {
            assertThatThrownBy(() -> transaction.execute(status -> outbox.queue(recipient(), template, model)))
                    .as(template)
                    .isInstanceOf(RuntimeException.class);
        }
        assertThatThrownBy(() -> transaction.execute(status -> outbox.queue(recipient(), "test/no-blank-line", model)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("blank line");
    }
}
