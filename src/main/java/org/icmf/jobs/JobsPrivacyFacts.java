package org.icmf.jobs;

import java.util.List;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How long the job board keeps offers and alerts, from the settings its nightly job uses ({@link JobPostings}). */
@Component
@Order(47)
class JobsPrivacyFacts implements PrivacyFacts {

    private final JobsProperties properties;

    JobsPrivacyFacts(JobsProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Retention> retentions() {
        return List.of(
                new Retention("privacy.retention.jobs.open"),
                new Retention(
                        "privacy.retention.jobs.unconfirmed", FrenchDates.duration(properties.confirmationValidity())),
                new Retention("privacy.retention.jobs.ended", FrenchDates.duration(properties.retention())),
                new Retention("privacy.retention.jobs.alerts"));
    }
}
