package org.icmf.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message sent through the contact form, and where the board filed it. */
@Entity
@Table(name = "contact_message")
class ContactMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Folder folder;

    @Enumerated(EnumType.STRING)
    private Topic topic;

    /** The region code whose representative it was written to (membership's Region), or null for the board. */
    private String region;

    private String representativeName;

    private String senderName;

    private String senderEmail;

    private String organisation;

    private String body;

    private Instant consentedAt;

    private Instant createdAt;

    private String addressHash;

    private String submissionKey;

    private String receiptTokenHash;

    private Instant receiptExpiresAt;

    private Instant handledAt;

    private String handledByName;

    private Instant acknowledgedAt;

    protected ContactMessage() {}

    ContactMessage(Submission submission, Folder folder, Instant now) {
        this.folder = folder;
        this.topic = submission.topic();
        this.region = submission.region() == null ? null : submission.region().name();
        this.representativeName = submission.representativeName();
        this.senderName = submission.name();
        this.senderEmail = submission.email();
        this.organisation = submission.organisation();
        this.body = submission.message();
        this.consentedAt = now;
        this.createdAt = now;
        this.addressHash = submission.addressHash();
        this.submissionKey = submission.key();
    }

    void receipt(String tokenHash, Instant expiresAt) {
        this.receiptTokenHash = tokenHash;
        this.receiptExpiresAt = expiresAt;
    }

    /** Its sender was mailed the acknowledgment. */
    void acknowledged(Instant now) {
        this.acknowledgedAt = now;
    }

    void file(Folder to, String byName, Instant now) {
        if (to == Folder.HANDLED) {
            handledAt = now;
            handledByName = byName;
        } else {
            handledAt = null;
            handledByName = null;
        }
        folder = to;
    }

    Long getId() {
        return id;
    }

    Folder getFolder() {
        return folder;
    }

    Topic getTopic() {
        return topic;
    }

    String getRegion() {
        return region;
    }

    String getRepresentativeName() {
        return representativeName;
    }

    String getSenderName() {
        return senderName;
    }

    String getSenderEmail() {
        return senderEmail;
    }

    String getOrganisation() {
        return organisation;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReceiptExpiresAt() {
        return receiptExpiresAt;
    }

    Instant getHandledAt() {
        return handledAt;
    }

    String getHandledByName() {
        return handledByName;
    }
}
