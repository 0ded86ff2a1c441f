package org.icmf.privacy.spi;

import java.util.Optional;

/**
 * The choices a member made about their data (listed in the directory, reminded to renew), which "Mes données"
 * shows and lets them change; the module that keeps the members implements it.
 */
public interface MemberChoices {

    /** The member's choices, for an address already stripped and in lower case; empty when it is no member's. */
    Optional<Choices> choices(String email);

    /** Records the choices of the member with this address; does nothing when it is no member's. */
    void choose(String email, Choices choices);

    record Choices(boolean directory, boolean reminders) {}
}
