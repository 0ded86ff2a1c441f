package org.icmf.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One mail of the outbox (table {@code mail_outbox}): what to send, and how sending it went. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    static final int MAX_RECIPIENT = 320;
    static final int MAX_SUBJECT = 300;
    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    private String subject;

    private String bodyText;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;

    private Instant nextAttemptAt;

    private String lastError;

    private Instant createdAt;

    private Instant sentAt;

    private Instant claimedUntil;

    private String template;

    private Long linkReference;

    private boolean personalLinks;

    private String bodyHtml;

    private String unsubscribeUrl;

    protected OutboxMail() {}

    OutboxMail(String recipient, MailTemplates.Rendered mail, String template, Long linkReference, Instant now) {
        this.recipient = recipient;
        this.subject = mail.subject();
        this.bodyText = mail.body();
        this.template = template;
        this.linkReference = linkReference;
        this.bodyHtml = mail.html();
        this.personalLinks = LinkMasks.holdsTokens(mail.body());
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A mail to a list (the newsletter): one-click unsubscribe through {@code url} (RFC 8058). */
    void unsubscribeAt(String url) {
        this.unsubscribeUrl = url;
        this.personalLinks |= LinkMasks.holdsTokens(url);
    }

    /** Taken by one sender until {@code until}; past it, the mail counts as interrupted and is tried again. */
    void claim(Instant until) {
        status = MailStatus.SENDING;
        claimedUntil = until;
    }

    /** Whether the claim that ends at {@code until} still holds (no other sender took the mail over since). */
    boolean claimedUntil(Instant until) {
        return status == MailStatus.SENDING && until.equals(claimedUntil);
    }

    void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
        leaveQueue();
    }

    void kept() {
        status = MailStatus.KEPT;
        leaveQueue();
    }

    /** One more failed attempt: retried after {@code backoff}, or given up when it was the last one. */
    void failed(String error, Instant now, Duration backoff, int maxAttempts) {
        attempts++;
        lastError = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
            leaveQueue();
        } else {
            status = MailStatus.PENDING;
            claimedUntil = null;
            nextAttemptAt = now.plus(backoff);
        }
    }

    /** Out of the queue for good: the tokens of its links are no longer stored (see {@link LinkMasks}). */
    private void leaveQueue() {
        claimedUntil = null;
        bodyText = LinkMasks.mask(bodyText);
        bodyHtml = bodyHtml == null ? null : LinkMasks.mask(bodyHtml);
        unsubscribeUrl = unsubscribeUrl == null ? null : LinkMasks.mask(unsubscribeUrl);
    }

    /**
     * Back to the queue, as a new mail: only a mail given up or kept for lack of SMTP server can be, and only when
     * it held no personal link (its stored body is masked: such a mail is re-issued by its module instead).
     */
    boolean requeue(Instant now) {
        if (!canBeRequeued()) {
            return false;
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        lastError = null;
        return true;
    }

    boolean canBeRequeued() {
        return !personalLinks && (status == MailStatus.FAILED || status == MailStatus.KEPT);
    }

    /** Whether its module may issue it again with a fresh link (failed or kept, with personal links). */
    boolean canBeReissued() {
        return personalLinks && (status == MailStatus.FAILED || status == MailStatus.KEPT);
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBodyText() {
        return bodyText;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getTemplate() {
        return template;
    }

    Long getLinkReference() {
        return linkReference;
    }

    boolean hasPersonalLinks() {
        return personalLinks;
    }
}
