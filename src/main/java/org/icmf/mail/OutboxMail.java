package org.icmf.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String bodyText, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    void kept() {
        status = MailStatus.KEPT;
    }

    /** One more failed attempt: retried after {@code backoff}, or given up when it was the last one. */
    void failed(String error, Instant now, Duration backoff, int maxAttempts) {
        attempts++;
        lastError = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(backoff);
        }
    }

    /** Back to the queue, as a new mail: only a mail given up or kept for lack of SMTP server can be. */
    boolean requeue(Instant now) {
        if (status != MailStatus.FAILED && status != MailStatus.KEPT) {
            return false;
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        lastError = null;
        return true;
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
}
