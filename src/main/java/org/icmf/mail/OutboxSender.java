package org.icmf.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox every {@code icmf.mail.send-interval}, one mail at a time and never inside a long transaction:
 * a short transaction claims the mail due first ({@code for update skip locked}, so several instances never pick
 * the same one) and marks it {@code SENDING} until {@link #LEASE} from now; the mail is then sent through SMTP
 * outside any transaction; another short transaction records the outcome ({@code SENT}, with its personal links
 * masked, or a retry). A failure is retried after a growing delay ({@link #BACKOFF}) until
 * {@code icmf.mail.max-attempts}, then the mail is {@code FAILED}. A claim that runs out (the instance stopped
 * mid-send) counts as a failed attempt and the mail is tried again. Without an SMTP server
 * ({@code spring.mail.host} unset, hence no {@link JavaMailSender}) mails are {@code KEPT} at once, for reading in
 * the admin page.
 *
 * <p>Delivery is at least once: should the application die between the SMTP server's acceptance and the
 * record of it, the mail is sent again once its claim has run out; a failure of one mail never resends the
 * others, each being recorded as soon as it is sent.
 */
@Component
class OutboxSender {

    /** Delay before the next attempt, after the 1st, 2nd, … failure (the last one repeats). */
    static final List<Duration> BACKOFF = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(12));

    /** How long a claim holds: far beyond the SMTP timeouts (5 s to connect, 10 s to read or write). */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMailRepository mails;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final MailAttachments attachments;

    OutboxSender(
            OutboxMailRepository mails,
            ObjectProvider<JavaMailSender> smtp,
            MailProperties properties,
            Clock clock,
            PlatformTransactionManager transactions,
            MailAttachments attachments) {
        this.mails = mails;
        this.attachments = attachments;
        this.smtp = smtp;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * One instance's round at a time, like every job (ShedLock); the lock is held 2 minutes at most, so an instance
     * stopped mid-round delays mail little. The claims alone already keep concurrent rounds from sending a mail twice.
     */
    @Scheduled(
            fixedDelayString = "${icmf.mail.send-interval:10s}",
            initialDelayString = "${icmf.mail.send-interval:10s}")
    @SchedulerLock(name = "mail.sender", lockAtMostFor = "PT2M")
    void sendOnSchedule() {
        sendDue();
    }

    /** A mail taken by this sender until {@code until}, with what the SMTP message needs. */
    private record Claim(
            long id,
            String recipient,
            String subject,
            String body,
            String html,
            String unsubscribeUrl,
            Instant until) {}

    /**
     * One round of the sender: sends (or keeps, without SMTP server) the mails due now, at most
     * {@code icmf.mail.batch-size}, skipping those another round holds. Returns how many it handled.
     */
    public int sendDue() {
        JavaMailSender sender = smtp.getIfAvailable();
        transaction.executeWithoutResult(status -> retryInterrupted());
        int handled = 0;
        while (handled < properties.batchSize()) {
            if (sender == null) {
                if (!Boolean.TRUE.equals(transaction.execute(status -> keepNext()))) {
                    break;
                }
            } else {
                Claim claim = transaction.execute(status -> claimNext());
                if (claim == null) {
                    break;
                }
                String error = deliver(sender, claim);
                transaction.executeWithoutResult(status -> record(claim, error));
            }
            handled++;
        }
        return handled;
    }

    /** The mail due first, now {@code SENDING} for this sender; null when none is due. */
    private Claim claimNext() {
        Instant now = clock.instant();
        return mails.lockNextDue(now)
                .map(mail -> {
                    // as PostgreSQL stores it (microseconds), so that the record step recognises its claim
                    Instant until = now.plus(LEASE).truncatedTo(ChronoUnit.MICROS);
                    mail.claim(until);
                    return new Claim(
                            mail.getId(),
                            mail.getRecipient(),
                            mail.getSubject(),
                            mail.getBodyText(),
                            mail.getBodyHtml(),
                            mail.getUnsubscribeUrl(),
                            until);
                })
                .orElse(null);
    }

    /** Without SMTP server: keeps the mail due first for reading in the admin page; false when none is due. */
    private boolean keepNext() {
        return mails.lockNextDue(clock.instant())
                .map(mail -> {
                    mail.kept();
                    return true;
                })
                .orElse(false);
    }

    /** Sends one claimed mail, outside any transaction; the error to record, or null once the server took it. */
    private String deliver(JavaMailSender sender, Claim claim) {
        try {
            sender.send(message(sender, claim));
            return null;
        } catch (MailException | MessagingException e) {
            return describe(e);
        }
    }

    private void record(Claim claim, String error) {
        OutboxMail mail = mails.findById(claim.id()).orElse(null);
        if (mail == null || !mail.claimedUntil(claim.until())) {
            // Erased meanwhile (RGPD), or its claim ran out and another round took it over: that one records it.
            log.warn("Mail {}: outcome not recorded, its claim was lost", claim.id());
            return;
        }
        if (error == null) {
            mail.sent(clock.instant());
        } else {
            failed(mail, error, BACKOFF.get(Math.min(mail.getAttempts(), BACKOFF.size() - 1)));
        }
    }

    /** Mails whose claim ran out before their outcome was recorded: a failed attempt, tried again now. */
    private void retryInterrupted() {
        for (OutboxMail mail : mails.lockInterrupted(clock.instant())) {
            failed(mail, "Envoi interrompu (l’instance s’est arrêtée pendant l’envoi)", Duration.ZERO);
        }
    }

    private void failed(OutboxMail mail, String error, Duration retryAfter) {
        mail.failed(error, clock.instant(), retryAfter, properties.maxAttempts());
        if (mail.getStatus() == MailStatus.FAILED) {
            log.warn("Mail {} given up after {} attempts: {}", mail.getId(), mail.getAttempts(), mail.getLastError());
        } else {
            log.info(
                    "Mail {} not sent (attempt {}), retried after {}: {}",
                    mail.getId(),
                    mail.getAttempts(),
                    retryAfter,
                    mail.getLastError());
        }
    }

    private MimeMessage message(JavaMailSender sender, Claim mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        List<MailAttachment> files = attachments.of(mail.id());
        MimeMessageHelper helper = new MimeMessageHelper(message, !files.isEmpty() || mail.html() != null, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        if (mail.html() == null) {
            helper.setText(mail.body(), false);
        } else {
            helper.setText(mail.body(), mail.html());
        }
        helper.setSentDate(Date.from(clock.instant()));
        for (MailAttachment file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.data()), file.contentType());
        }
        // RFC 3834: automatic replies (holidays, …) should not answer it.
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.unsubscribeUrl() != null) {
            // RFC 2369 and RFC 8058: the mail client's "unsubscribe" POSTs to the link, in one click.
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    /** What the admin page shows of a failure: the exception's class and message on one line, no stack trace. */
    static String describe(Exception e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return (e.getClass().getSimpleName() + message).replaceAll("\\s+", " ").strip();
    }
}
