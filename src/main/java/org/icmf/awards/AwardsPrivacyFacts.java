package org.icmf.awards;

import java.util.List;
import org.icmf.privacy.spi.PrivacyFacts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the awards keep about members and nominees, and until when ({@link Awards#publishResults}). */
@Component
@Order(48)
class AwardsPrivacyFacts implements PrivacyFacts {

    @Override
    public List<Retention> retentions() {
        return List.of(
                new Retention("privacy.retention.awards.nominations"),
                new Retention("privacy.retention.awards.voters"),
                new Retention("privacy.retention.awards.ballots"),
                new Retention("privacy.retention.awards.nominees"));
    }
}
