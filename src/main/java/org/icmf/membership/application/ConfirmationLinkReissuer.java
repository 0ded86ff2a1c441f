package org.icmf.membership.application;

import java.util.Set;
import org.icmf.mail.spi.LinkReissuer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Renvoyer" on a confirmation mail: a new mail with a fresh confirmation link for the same application. */
@Component
class ConfirmationLinkReissuer implements LinkReissuer {

    private final MembershipApplications applications;

    ConfirmationLinkReissuer(MembershipApplications applications) {
        this.applications = applications;
    }

    @Override
    public Set<String> templates() {
        return Set.of(MembershipApplications.CONFIRM_EMAIL);
    }

    @Override
    @Transactional
    public boolean reissue(String template, long reference) {
        return templates().contains(template) && applications.reissueConfirmationLink(reference);
    }
}
