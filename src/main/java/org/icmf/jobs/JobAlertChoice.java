package org.icmf.jobs;

import java.util.List;
import org.icmf.members.spi.MemberChoiceSource;
import org.springframework.stereotype.Component;

/** The job alerts among a member's choices in their space, with the date they were asked for. */
@Component
class JobAlertChoice implements MemberChoiceSource {

    static final String KEY = "emplois";

    private final JobAlerts alerts;

    JobAlertChoice(JobAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<MemberChoice> choices(String email) {
        var consent = alerts.consent(email);
        return List.of(new MemberChoice(
                KEY,
                "Recevoir par e-mail les nouvelles offres d’emploi de ma région et en télétravail",
                consent.isPresent(),
                consent.orElse(null),
                consent.isPresent() ? "espace membre" : null));
    }

    @Override
    public void choose(String email, String key, boolean chosen) {
        if (KEY.equals(key)) {
            alerts.choose(email, chosen);
        }
    }
}
