package org.icmf.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit log, written once from an {@link AuditedAction} and never changed. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private Long actorAccountId;

    private String actorName;

    private String subjectType;

    private String action;

    private long subjectId;

    private String subjectLabel;

    protected AuditEntry() {}

    AuditEntry(AuditedAction done) {
        this.occurredAt = done.occurredAt();
        this.actorAccountId = done.actor().accountId();
        this.actorName = done.actor().name();
        this.subjectType = done.subjectType();
        this.action = done.action().code();
        this.subjectId = done.subjectId();
        this.subjectLabel = abbreviate(done.subjectLabel(), 300);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    Long getActorAccountId() {
        return actorAccountId;
    }

    String getActorName() {
        return actorName;
    }

    String getSubjectType() {
        return subjectType;
    }

    String getAction() {
        return action;
    }

    long getSubjectId() {
        return subjectId;
    }

    String getSubjectLabel() {
        return subjectLabel;
    }
}
