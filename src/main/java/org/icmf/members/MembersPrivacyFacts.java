package org.icmf.members;

import java.util.List;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The members' space's sign-in links and sessions, as long as the settings they run on keep them. */
@Component
@Order(12)
class MembersPrivacyFacts implements PrivacyFacts {

    private final MembersProperties properties;

    MembersPrivacyFacts(MembersProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Retention> retentions() {
        return List.of(
                new Retention(
                        "privacy.retention.members.signInLink", FrenchDates.duration(properties.signInLinkValidity())),
                new Retention("privacy.retention.members.session", sessionLifetime()));
    }

    @Override
    public List<Cookie> cookies() {
        return List.of(new Cookie(MemberSessionCookies.COOKIE, "privacy.cookie.memberSession", sessionLifetime()));
    }

    private String[] sessionLifetime() {
        return new String[] {
            FrenchDates.duration(properties.sessionIdleTimeout()), FrenchDates.duration(properties.sessionMaxLifetime())
        };
    }
}
