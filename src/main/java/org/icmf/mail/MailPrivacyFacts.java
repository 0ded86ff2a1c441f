package org.icmf.mail;

import java.util.List;
import org.icmf.web.FrenchDates;
import org.icmf.web.PrivacyFacts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How long mails are kept, from the setting {@link MailRetention} uses. */
@Component
@Order(50)
class MailPrivacyFacts implements PrivacyFacts {

    private final MailProperties properties;

    MailPrivacyFacts(MailProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Retention> retentions() {
        return List.of(new Retention("privacy.retention.mail.sent", FrenchDates.duration(properties.retention())));
    }
}
