package org.icmf.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.icmf.support.SiteTest;
import org.icmf.web.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real SMTP with GreenMail: queued mails are delivered, retried after a failure with growing delays, given up
 * after the last attempt, and never sent twice by concurrent rounds. The context's SMTP server is stopped to make
 * sending fail, and started again after each test.
 */
@SiteTest
class MailDeliveryTests {

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    OutboxMailRepository mails;

    @Autowired
    MailProperties properties;

    @Autowired
    MailAttachments attachments;

    @Autowired
    JavaMailSender smtpClient;

    @Autowired
    TestMailServer smtp;

    @AfterEach
    void smtpServerBackUp() {
        smtp.start();
    }

    private long queue(String to, String name) {
        return new TransactionTemplate(transactions)
                .execute(status ->
                        outbox.queue(to, "test/greeting", Map.of("name", name, "event", "Café des CM à Tours")));
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from mail_outbox where id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private void dueNow(long id) {
        jdbc.sql("update mail_outbox set next_attempt_at = now() - interval '1 second' where id = :id")
                .param("id", id)
                .update();
    }

    private List<MimeMessage> receivedBy(String recipient) {
        return smtp.receivedBy(recipient);
    }

    @Test
    void deliversAQueuedMailWithItsFromAddressAndAccentsInUtf8() throws Exception {
        String to = "livraison-" + UUID.randomUUID() + "@example.org";
        long id = queue(to, "Zoé Lefèvre");

        OutboxRounds.sendAllDue(sender);

        List<MimeMessage> received = receivedBy(to);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("ne-pas-repondre@icmf.example");
        assertThat(from.getPersonal()).isEqualTo("ICMF");
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                .isEqualTo(to);
        assertThat(mail.getSubject())
                .isEqualTo("Bienvenue Zoé Lefèvre : votre inscription à « Café des CM à Tours » est confirmée");
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .startsWith("Bonjour Zoé Lefèvre,\n\nVotre inscription à « Café des CM à Tours » est confirmée.")
                .contains("-- \nInstitut des Community Managers Français (ICMF)\n20 bis, rue Alleron, 37000 Tours");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 0);
        assertThat(row.get("sent_at")).isNotNull();
    }

    @Test
    void sendsAttachedFilesWithTheText() throws Exception {
        String to = "piece-jointe-" + UUID.randomUUID() + "@example.org";
        byte[] pdf = "%PDF-1.7 essai".getBytes(StandardCharsets.US_ASCII);
        new TransactionTemplate(transactions)
                .execute(status -> outbox.queue(
                        to,
                        "test/greeting",
                        Map.of("name", "Zoé", "event", "Café"),
                        List.of(new MailAttachment("attestation-cotisation-2026-0001.pdf", "application/pdf", pdf))));

        OutboxRounds.sendAllDue(sender);

        MimeMessage mail = receivedBy(to).get(0);
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        // Spring nests the text in a "related" part of its own, before the files.
        Object first = parts.getBodyPart(0).getContent();
        String text = first instanceof String plain
                ? plain
                : (String) ((MimeMultipart) first).getBodyPart(0).getContent();
        assertThat(text).startsWith("Bonjour Zoé");
        BodyPart file = parts.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("attestation-cotisation-2026-0001.pdf");
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void retriesAfterAnSmtpFailureOnceTheDelayHasPassed() throws Exception {
        String to = "reessai-" + UUID.randomUUID() + "@example.org";
        smtp.stop();
        long id = queue(to, "Zoé");

        Instant before = Instant.now();
        OutboxRounds.sendAllDue(sender);

        Map<String, Object> failed = row(id);
        assertThat(failed).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) failed.get("last_error"))
                .startsWith("MailSendException: ")
                .doesNotContain("\n", "\tat ");
        assertThat(((Timestamp) failed.get("next_attempt_at")).toInstant())
                .isAfterOrEqualTo(before.plus(Duration.ofMinutes(1)).minusSeconds(1))
                .isBefore(Instant.now().plus(Duration.ofMinutes(1)).plusSeconds(1));

        smtp.start();
        OutboxRounds.sendAllDue(sender);
        assertThat(receivedBy(to)).as("not due yet").isEmpty();
        assertThat(row(id)).containsEntry("status", "PENDING");

        dueNow(id);
        OutboxRounds.sendAllDue(sender);

        assertThat(receivedBy(to)).hasSize(1);
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
    }

    @Test
    void waitsLongerAfterEachFailureAndGivesUpAfterTheLastAttempt() {
        String to = "abandon-" + UUID.randomUUID() + "@example.org";
        smtp.stop();
        long id = queue(to, "Zoé");
        List<Duration> delays = new ArrayList<>();

        for (int attempt = 1; attempt <= 6; attempt++) {
            dueNow(id);
            Instant before = Instant.now();
            OutboxRounds.sendAllDue(sender);
            Map<String, Object> mail = row(id);
            assertThat(mail.get("attempts")).isEqualTo(attempt);
            if (attempt < 6) {
                assertThat(mail.get("status")).isEqualTo("PENDING");
                delays.add(Duration.between(before, ((Timestamp) mail.get("next_attempt_at")).toInstant())
                        .plusSeconds(1)
                        .truncatedTo(ChronoUnit.MINUTES));
            } else {
                assertThat(mail.get("status")).isEqualTo("FAILED");
                assertThat(mail.get("last_error")).isNotNull();
            }
        }
        assertThat(delays)
                .containsExactly(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(30),
                        Duration.ofHours(2),
                        Duration.ofHours(12));

        smtp.start();
        dueNow(id);
        OutboxRounds.sendAllDue(sender);
        assertThat(row(id)).as("given up: not retried any more").containsEntry("status", "FAILED");
        assertThat(receivedBy(to)).isEmpty();
    }

    @Test
    void concurrentRoundsNeverSendTheSameMailTwice() throws Exception {
        OutboxRounds.sendAllDue(sender);
        String token = UUID.randomUUID().toString();
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            recipients.add("concurrent-" + i + "-" + token + "@example.org");
            queue(recipients.get(i), "Personne " + i);
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                rounds.add(threads.submit(() -> {
                    start.await();
                    return sender.sendDue();
                }));
            }
            start.countDown();
            int handled = 0;
            for (Future<Integer> round : rounds) {
                handled += round.get(60, TimeUnit.SECONDS);
            }
            assertThat(handled).as("rows handled by both rounds together").isLessThanOrEqualTo(30);
        } finally {
            threads.shutdownNow();
        }
        for (String recipient : recipients) {
            assertThat(receivedBy(recipient)).as(recipient).hasSizeLessThanOrEqualTo(1);
        }

        OutboxRounds.sendAllDue(sender);
        for (String recipient : recipients) {
            assertThat(receivedBy(recipient)).as(recipient).hasSize(1);
        }
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like :r and status = 'SENT'")
                        .param("r", "concurrent-%-" + token + "@example.org")
                        .query(Long.class)
                        .single())
                .isEqualTo(30);
    }

    @Test
    void skipsAMailAnotherRoundHoldsInsteadOfWaitingForIt() throws Exception {
        OutboxRounds.sendAllDue(sender);
        String to = "verrou-" + UUID.randomUUID() + "@example.org";
        long id = queue(to, "Zoé");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> otherRound = holder.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                jdbc.sql("select id from mail_outbox where id = :id for update")
                        .param("id", id)
                        .query(Long.class)
                        .single();
                locked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(sender.sendDue())
                    .as("the locked mail is skipped, not waited for")
                    .isZero();
            assertThat(receivedBy(to)).isEmpty();

            release.countDown();
            otherRound.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            holder.shutdownNow();
        }
        OutboxRounds.sendAllDue(sender);
        assertThat(receivedBy(to)).hasSize(1);
        assertThat(row(id)).containsEntry("status", "SENT");
    }

    @Test
    void sendsPersonalLinksWholeButKeepsThemMaskedOnceSent() throws Exception {
        String to = "lien-" + UUID.randomUUID() + "@example.org";
        String token = Tokens.random();
        long id = new TransactionTemplate(transactions)
                .execute(status -> outbox.queue(
                        to,
                        "test/personal-link",
                        Map.of("name", "Zoé", "link", "http://localhost:8080/evenements/inscription/" + token)));
        assertThat((String) row(id).get("body_text"))
                .as("pending: kept whole to be sent")
                .contains(token);

        OutboxRounds.sendAllDue(sender);

        assertThat(((String) receivedBy(to).get(0).getContent()).replace("\r\n", "\n"))
                .contains("Pour voir ou annuler votre inscription : http://localhost:8080/evenements/inscription/"
                        + token);
        Map<String, Object> sent = row(id);
        assertThat(sent).containsEntry("status", "SENT");
        assertThat((String) sent.get("body_text"))
                .doesNotContain(token)
                .contains(
                        "Pour voir ou annuler votre inscription : http://localhost:8080/evenements/inscription/••••••\n")
                .contains("Le programme : http://localhost:8080/evenements/cafe-des-cm\n");
    }

    /**
     * The instance dies while it talks to the SMTP server about the second of three mails: the first was recorded
     * as sent at once and never leaves again; the second is tried again once its claim has run out.
     */
    @Test
    void anInstanceStoppingMidBatchNeverResendsTheMailsItHadSent() throws Exception {
        OutboxRounds.sendAllDue(sender);
        String token = UUID.randomUUID().toString();
        String first = "avant-" + token + "@example.org";
        String dying = "panne-" + token + "@example.org";
        String last = "apres-" + token + "@example.org";
        long firstId = queue(first, "Alix");
        long dyingId = queue(dying, "Bao");
        long lastId = queue(last, "Chloé");
        JavaMailSender crashing = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                for (MimeMessage message : messages) {
                    try {
                        if (((InternetAddress) message.getAllRecipients()[0])
                                .getAddress()
                                .equals(dying)) {
                            throw new IllegalStateException("the instance stops here");
                        }
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }
                smtpClient.send(messages);
            }
        };
        OutboxSender dyingInstance = new OutboxSender(
                mails,
                new StaticListableBeanFactory(Map.of("smtp", crashing)).getBeanProvider(JavaMailSender.class),
                properties,
                Clock.systemUTC(),
                transactions,
                attachments);

        Assertions.assertThatThrownBy(dyingInstance::sendDue).hasMessage("the instance stops here");

        assertThat(row(firstId)).containsEntry("status", "SENT");
        assertThat(row(dyingId)).containsEntry("status", "SENDING");
        assertThat(row(lastId)).containsEntry("status", "PENDING");
        OutboxRounds.sendAllDue(sender);
        assertThat(receivedBy(dying)).as("its claim still holds").isEmpty();

        jdbc.sql("update mail_outbox set claimed_until = now() - interval '1 second' where id = :id")
                .param("id", dyingId)
                .update();
        OutboxRounds.sendAllDue(sender);

        assertThat(receivedBy(first)).hasSize(1);
        assertThat(receivedBy(dying)).hasSize(1);
        assertThat(receivedBy(last)).hasSize(1);
        assertThat(row(dyingId)).containsEntry("status", "SENT").containsEntry("attempts", 1);
    }
}
