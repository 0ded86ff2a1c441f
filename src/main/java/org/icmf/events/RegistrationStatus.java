package org.icmf.events;

/** A registration holds seats when CONFIRMED; WAITLISTED ones are promoted in order of arrival. */
public enum RegistrationStatus {
    CONFIRMED("Confirmée"), WAITLISTED("En liste d'attente"), CANCELLED("Annulée");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
