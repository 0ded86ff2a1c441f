package org.icmf.tips;

import java.util.List;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How long tips, "utile" marks and flags are kept, from the settings {@link TipModeration} uses. */
@Component
@Order(35)
class TipsPrivacyFacts implements PrivacyFacts {

    private final TipsProperties properties;

    TipsPrivacyFacts(TipsProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Retention> retentions() {
        return List.of(
                new Retention("privacy.retention.tips.published"),
                new Retention("privacy.retention.tips.rejected", FrenchDates.duration(properties.rejectedRetention())),
                new Retention("privacy.retention.tips.useful"),
                new Retention("privacy.retention.tips.flag"));
    }
}
