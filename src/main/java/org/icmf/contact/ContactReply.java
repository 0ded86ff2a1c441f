package org.icmf.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a board member answered to a message, by e-mail. */
@Entity
@Table(name = "contact_reply")
class ContactReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long messageId;

    private String body;

    private Instant sentAt;

    private String sentByName;

    protected ContactReply() {}

    ContactReply(long messageId, String body, String sentByName, Instant now) {
        this.messageId = messageId;
        this.body = body;
        this.sentByName = sentByName;
        this.sentAt = now;
    }

    String getBody() {
        return body;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getSentByName() {
        return sentByName;
    }
}
