package org.icmf.events;

import java.util.Set;
import org.icmf.mail.spi.LinkReissuer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Renvoyer" on any mail about a registration (each carries a personal or confirmation link, masked once sent):
 * a new mail with a fresh link for the same registration, whatever the original mail said.
 */
@Component
class RegistrationLinkReissuer implements LinkReissuer {

    private static final Set<String> TEMPLATES = Set.of(
            "events/registration-confirm",
            "events/registration-confirmed",
            "events/registration-waitlisted",
            "events/registration-link",
            "events/registration-cancelled",
            "events/waitlist-promoted",
            "events/reminder",
            "events/message",
            "events/event-cancelled");

    private final Registrations registrations;

    RegistrationLinkReissuer(Registrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public Set<String> templates() {
        return TEMPLATES;
    }

    @Override
    @Transactional
    public boolean reissue(String template, long reference) {
        return TEMPLATES.contains(template) && registrations.reissueLink(reference);
    }
}
