package org.icmf.membership.application;

import org.icmf.web.Labelled;

/**
 * An application waits for its e-mail to be confirmed (UNCONFIRMED, purged when it expires), then for the
 * board's review (PENDING, or INFO_REQUESTED when the board asked a question), and ends ACCEPTED or REJECTED.
 */
public enum ApplicationStatus implements Labelled {
    UNCONFIRMED,
    PENDING,
    INFO_REQUESTED,
    ACCEPTED,
    REJECTED;

    @Override
    public String labelKey() {
        return "application.status." + name();
    }

    /** Still open: a second application with the same e-mail would be a duplicate. */
    boolean open() {
        return this == UNCONFIRMED || this == PENDING || this == INFO_REQUESTED;
    }
}
