package org.icmf.events;

/**
 * A registration holds seats when CONFIRMED; WAITLISTED ones are promoted in the order their addresses were
 * confirmed; PENDING ones (address not confirmed yet) hold nothing and expire.
 */
public enum RegistrationStatus {
    PENDING("Adresse non confirmée"),
    CONFIRMED("Confirmée"),
    WAITLISTED("En liste d'attente"),
    CANCELLED("Annulée");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
