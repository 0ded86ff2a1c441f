package org.icmf.contact;

import java.util.List;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How long contact messages are kept, from the setting the purge of {@link ContactInbox} uses. */
@Component
@Order(40)
class ContactPrivacyFacts implements PrivacyFacts {

    private final ContactProperties properties;

    ContactPrivacyFacts(ContactProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Retention> retentions() {
        return List.of(
                new Retention("privacy.retention.contact.message", FrenchDates.duration(properties.retention())));
    }
}
