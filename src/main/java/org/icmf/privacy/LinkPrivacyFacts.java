package org.icmf.privacy;

import java.util.List;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How long a "Mes données" link is kept, from the setting the links and their purge use. */
@Component
@Order(11)
class LinkPrivacyFacts implements PrivacyFacts {

    private final PrivacyProperties properties;

    LinkPrivacyFacts(PrivacyProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Retention> retentions() {
        return List.of(
                new Retention("privacy.retention.personalDataLink", FrenchDates.duration(properties.linkValidity())));
    }
}
