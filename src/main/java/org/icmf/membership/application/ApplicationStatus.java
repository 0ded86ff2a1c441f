package org.icmf.membership.application;

/**
 * An application waits for its e-mail to be confirmed (UNCONFIRMED, purged when it expires), then for the
 * board's review (PENDING, or INFO_REQUESTED when the board asked a question), and ends ACCEPTED or REJECTED.
 */
public enum ApplicationStatus {
    UNCONFIRMED("E-mail à confirmer"),
    PENDING("À examiner"),
    INFO_REQUESTED("Informations demandées"),
    ACCEPTED("Acceptée"),
    REJECTED("Refusée");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still open: a second application with the same e-mail would be a duplicate. */
    boolean open() {
        return this == UNCONFIRMED || this == PENDING || this == INFO_REQUESTED;
    }
}
