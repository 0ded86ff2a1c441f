package org.icmf.newsletter;

import java.util.Set;
import org.icmf.mail.spi.LinkReissuer;
import org.springframework.stereotype.Component;

/**
 * "Renvoyer" on a confirmation mail that failed: a fresh link, while the subscription still waits. An issue's mail
 * is not sent again one by one: its figures count it as failed.
 */
@Component
class ConfirmationReissuer implements LinkReissuer {

    private final Subscriptions subscriptions;

    ConfirmationReissuer(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public Set<String> templates() {
        return Set.of(Subscriptions.CONFIRM_TEMPLATE);
    }

    @Override
    public boolean reissue(String template, long reference) {
        return subscriptions.reissueConfirmation(reference);
    }
}
