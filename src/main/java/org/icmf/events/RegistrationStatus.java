package org.icmf.events;

import org.icmf.web.Labelled;

/**
 * A registration holds seats when CONFIRMED; WAITLISTED ones are promoted in the order their addresses were
 * confirmed; PENDING ones (address not confirmed yet) hold nothing and expire.
 */
public enum RegistrationStatus implements Labelled {
    PENDING,
    CONFIRMED,
    WAITLISTED,
    CANCELLED;

    @Override
    public String labelKey() {
        return "registration.status." + name();
    }
}
