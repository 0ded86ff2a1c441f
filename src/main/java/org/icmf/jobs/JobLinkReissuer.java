package org.icmf.jobs;

import java.util.Set;
import org.icmf.mail.spi.LinkReissuer;
import org.springframework.stereotype.Component;

/**
 * "Renvoyer" on a job board mail that failed: a fresh confirmation link while the offer waits for it, a fresh close
 * link while it is published.
 */
@Component
class JobLinkReissuer implements LinkReissuer {

    private final JobPostings postings;

    JobLinkReissuer(JobPostings postings) {
        this.postings = postings;
    }

    @Override
    public Set<String> templates() {
        return Set.of(JobPostings.CONFIRM_TEMPLATE, JobPostings.PUBLISHED_TEMPLATE);
    }

    @Override
    public boolean reissue(String template, long reference) {
        return template.equals(JobPostings.CONFIRM_TEMPLATE)
                ? postings.reissueConfirmation(reference)
                : postings.reissueCloseLink(reference);
    }
}
