package org.icmf.privacy;

import java.util.List;
import org.icmf.mail.SentMails;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How long mails are kept, from the setting the mail module's retention job uses. */
@Component
@Order(50)
class SentMailPrivacyFacts implements PrivacyFacts {

    private final SentMails mails;

    SentMailPrivacyFacts(SentMails mails) {
        this.mails = mails;
    }

    @Override
    public List<Retention> retentions() {
        return List.of(new Retention("privacy.retention.mail.sent", FrenchDates.duration(mails.retention())));
    }
}
