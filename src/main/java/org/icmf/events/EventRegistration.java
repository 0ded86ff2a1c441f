package org.icmf.events;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person registered to an event with their companions; seats taken = 1 + companions when CONFIRMED. */
@Entity
@Table(name = "event_registration")
class EventRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long eventId;

    private String firstName;

    private String lastName;

    private String email;

    private String organisation;

    private int companions;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private Instant consentAt;

    private Instant createdAt;

    private Instant cancelledAt;

    private Instant reminderSentAt;

    protected EventRegistration() {
    }

    EventRegistration(long eventId, Registrant registrant, RegistrationStatus status, Instant now) {
        this.eventId = eventId;
        this.firstName = registrant.firstName();
        this.lastName = registrant.lastName();
        this.email = registrant.email();
        this.organisation = registrant.organisation();
        this.companions = registrant.companions();
        this.status = status;
        this.consentAt = now;
        this.createdAt = now;
    }

    int seats() {
        return 1 + companions;
    }

    void confirm() {
        this.status = RegistrationStatus.CONFIRMED;
    }

    void cancel(Instant now) {
        this.status = RegistrationStatus.CANCELLED;
        this.cancelledAt = now;
    }

    void remindedAt(Instant now) {
        this.reminderSentAt = now;
    }

    Long getId() {
        return id;
    }

    Long getEventId() {
        return eventId;
    }

    String getFirstName() {
        return firstName;
    }

    String getLastName() {
        return lastName;
    }

    String getEmail() {
        return email;
    }

    String getOrganisation() {
        return organisation;
    }

    int getCompanions() {
        return companions;
    }

    RegistrationStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
