package org.icmf.events;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person registered to an event with their companions; seats taken = 1 + companions when CONFIRMED. A public
 * sign-up is PENDING (no seat) until its address is confirmed; {@code confirmedAt} then orders the waitlist.
 */
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

    private Instant confirmedAt;

    private String addressHash;

    protected EventRegistration() {}

    private EventRegistration(long eventId, Registrant registrant, RegistrationStatus status, Instant now) {
        this.eventId = eventId;
        this.status = status;
        this.confirmedAt = status == RegistrationStatus.PENDING ? null : now;
        fill(registrant, now);
    }

    /** A visitor's sign-up, waiting for its address to be confirmed. */
    static EventRegistration pending(long eventId, Registrant registrant, String addressHash, Instant now) {
        EventRegistration registration = new EventRegistration(eventId, registrant, RegistrationStatus.PENDING, now);
        registration.addressHash = addressHash;
        return registration;
    }

    /** Someone a board member adds: confirmed or waitlisted at once. */
    static EventRegistration byBoard(long eventId, Registrant registrant, RegistrationStatus status, Instant now) {
        return new EventRegistration(eventId, registrant, status, now);
    }

    /** The same address signs up again before confirming: what was typed last is what will be confirmed. */
    void signUpAgain(Registrant registrant, String addressHash, Instant now) {
        fill(registrant, now);
        this.addressHash = addressHash;
    }

    private void fill(Registrant registrant, Instant now) {
        this.firstName = registrant.firstName();
        this.lastName = registrant.lastName();
        this.email = registrant.email();
        this.organisation = registrant.organisation();
        this.companions = registrant.companions();
        this.consentAt = now;
        this.createdAt = now;
    }

    int seats() {
        return 1 + companions;
    }

    /** The address is confirmed: the seat or the waitlist place is given now. */
    void confirmAddress(RegistrationStatus given, Instant now) {
        this.status = given;
        this.confirmedAt = now;
    }

    /** A waitlisted registration gets a seat (keeping its place in the order of confirmations). */
    void confirm() {
        this.status = RegistrationStatus.CONFIRMED;
    }

    void cancel(Instant now) {
        this.status = RegistrationStatus.CANCELLED;
        this.cancelledAt = now;
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

    Instant getConfirmedAt() {
        return confirmedAt;
    }
}
