package org.icmf.contact;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param boardEmail where messages for the board are mailed (ICMF_CONTACT_EMAIL); when unset, to every active
 *                   administrator's account e-mail
 * @param retention  how long a message (with its replies) is kept before the nightly job deletes it (RGPD)
 * @param pageSize   messages per page of the admin inbox
 */
@ConfigurationProperties("icmf.contact")
record ContactProperties(
        String boardEmail,
        @DefaultValue("365d") Duration retention,
        @DefaultValue("30") int pageSize) {

    boolean hasBoardEmail() {
        return boardEmail != null && !boardEmail.isBlank();
    }
}
