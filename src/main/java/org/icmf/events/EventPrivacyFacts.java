package org.icmf.events;

import java.util.List;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How long registrations are kept, from the settings the purges of {@link Registrations} use. */
@Component
@Order(20)
class EventPrivacyFacts implements PrivacyFacts {

    private final EventProperties properties;

    EventPrivacyFacts(EventProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Retention> retentions() {
        return List.of(
                new Retention(
                        "privacy.retention.events.unconfirmed",
                        FrenchDates.duration(properties.confirmationValidity())),
                new Retention("privacy.retention.events.registration", FrenchDates.duration(properties.retention())));
    }
}
