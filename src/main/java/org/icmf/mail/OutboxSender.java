package org.icmf.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox every {@code icmf.mail.send-interval}: in one transaction, locks up to
 * {@code icmf.mail.batch-size} due mails ({@code for update skip locked}, so several instances never pick the
 * same one), sends each through SMTP and records the outcome. A failure is retried after a growing delay
 * ({@link #BACKOFF}) until {@code icmf.mail.max-attempts}, then the mail is {@code FAILED}. Without an SMTP
 * server ({@code spring.mail.host} unset, hence no {@link JavaMailSender}) mails are {@code KEPT} at once, for
 * reading in the admin page.
 *
 * <p>Delivery is at least once: should the application die between the SMTP server's acceptance and the
 * commit, the mail stays {@code PENDING} and is sent again.
 */
@Component
class OutboxSender {

    /** Delay before the next attempt, after the 1st, 2nd, … failure (the last one repeats). */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMailRepository mails;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final MailAttachments attachments;

    OutboxSender(OutboxMailRepository mails, ObjectProvider<JavaMailSender> smtp, MailProperties properties,
            Clock clock, PlatformTransactionManager transactions, MailAttachments attachments) {
        this.mails = mails;
        this.attachments = attachments;
        this.smtp = smtp;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${icmf.mail.send-interval:10s}",
            initialDelayString = "${icmf.mail.send-interval:10s}")
    void sendOnSchedule() {
        sendDue();
    }

    /**
     * One round of the sender: sends (or keeps, without SMTP server) the mails due now, at most
     * {@code icmf.mail.batch-size}, skipping those another round holds. Returns how many it handled.
     */
    public int sendDue() {
        JavaMailSender sender = smtp.getIfAvailable();
        Integer handled = transaction.execute(status -> {
            List<OutboxMail> due = mails.lockDue(clock.instant(), properties.batchSize());
            for (OutboxMail mail : due) {
                if (sender == null) {
                    mail.kept();
                } else {
                    send(sender, mail);
                }
            }
            return due.size();
        });
        return handled == null ? 0 : handled;
    }

    private void send(JavaMailSender sender, OutboxMail mail) {
        try {
            sender.send(message(sender, mail));
            mail.sent(clock.instant());
        } catch (MailException | MessagingException e) {
            Duration backoff = BACKOFF.get(Math.min(mail.getAttempts(), BACKOFF.size() - 1));
            mail.failed(describe(e), clock.instant(), backoff, properties.maxAttempts());
            if (mail.getStatus() == MailStatus.FAILED) {
                log.warn("Mail {} given up after {} attempts: {}", mail.getId(), mail.getAttempts(),
                        mail.getLastError());
            } else {
                log.info("Mail {} not sent (attempt {}), retried after {}: {}", mail.getId(), mail.getAttempts(),
                        backoff, mail.getLastError());
            }
        }
    }

    private MimeMessage message(JavaMailSender sender, OutboxMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        List<MailAttachment> files = attachments.of(mail.getId());
        MimeMessageHelper helper = new MimeMessageHelper(message, !files.isEmpty(), "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getBodyText(), false);
        helper.setSentDate(Date.from(clock.instant()));
        for (MailAttachment file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.data()), file.contentType());
        }
        // RFC 3834: automatic replies (holidays, …) should not answer it.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** What the admin page shows of a failure: the exception's class and message on one line, no stack trace. */
    static String describe(Exception e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return (e.getClass().getSimpleName() + message).replaceAll("\\s+", " ").strip();
    }
}
