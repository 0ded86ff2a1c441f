package org.icmf.membership;

import java.util.List;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How long adhesion data is kept, from the settings {@link MembershipRetention} and the purges use. */
@Component
@Order(10)
class MembershipPrivacyFacts implements PrivacyFacts {

    private final MembershipProperties properties;

    MembershipPrivacyFacts(MembershipProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Retention> retentions() {
        int years = properties.formerMemberRetentionYears();
        return List.of(
                new Retention(
                        "privacy.retention.membership.unconfirmed",
                        FrenchDates.duration(properties.confirmationValidity())),
                new Retention(
                        "privacy.retention.membership.member",
                        years < 2 ? years + " année civile" : years + " années civiles"),
                new Retention(
                        "privacy.retention.membership.rejected",
                        FrenchDates.duration(properties.rejectedApplicationRetention())),
                new Retention("privacy.retention.membership.dues"));
    }
}
