package org.icmf.newsletter;

import java.util.List;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How long newsletter addresses are kept, from the settings the nightly purge of {@link Subscriptions} uses. */
@Component
@Order(45)
class NewsletterPrivacyFacts implements PrivacyFacts {

    private final NewsletterProperties properties;

    NewsletterPrivacyFacts(NewsletterProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Retention> retentions() {
        return List.of(
                new Retention("privacy.retention.newsletter.subscribed"),
                new Retention(
                        "privacy.retention.newsletter.unconfirmed",
                        FrenchDates.duration(properties.confirmationValidity())),
                new Retention(
                        "privacy.retention.newsletter.unsubscribed",
                        FrenchDates.duration(properties.unsubscribedRetention())));
    }
}
