package org.icmf.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icmf.privacy.spi.PersonalDataSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the job board holds for an address: the offers posted with it (as a recruiter or a member), the offers it
 * saved, its alert consent. Erasing deletes them all, published offers included: an offer is its poster's.
 */
@Component
@Order(4)
class JobsPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    JobsPersonalData(JdbcClient jdbc, MessageSourceAccessor messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String title() {
        return messages.getMessage("jobs.data.title");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        List<Map<String, Object>> rows =
                new ArrayList<>(jdbc.sql("""
                select 'OFFER' as "jobs.data.record", title as "jobs.data.offerTitle",
                       organisation as "jobs.data.organisation", status as "jobs.data.status",
                       poster_email as "jobs.data.email", created_at as "jobs.data.createdAt",
                       confirmed_at as "jobs.data.confirmedAt", published_at as "jobs.data.publishedAt",
                       ended_at as "jobs.data.endedAt", deadline as "jobs.data.deadline"
                from job_offer where poster_email = :email order by created_at""").param("email", email).query().listOfRows());
        rows.addAll(jdbc.sql("""
                select 'SAVED' as "jobs.data.record", o.title as "jobs.data.offerTitle",
                       o.organisation as "jobs.data.organisation", s.saved_at as "jobs.data.savedAt"
                from job_saved_offer s join job_offer o on o.id = s.offer_id
                where s.email = :email order by s.saved_at""").param("email", email).query().listOfRows());
        rows.addAll(jdbc.sql("""
                select 'ALERT' as "jobs.data.record", consented_at as "jobs.data.consentedAt",
                       (select count(*) from job_alert_delivery d where d.email = a.email) as "jobs.data.alertsSent"
                from job_alert a where email = :email""").param("email", email).query().listOfRows());
        return rows.stream()
                .map(row -> (Map<String, String>) new LinkedHashMap<>(PersonalDataSource.record(
                        row,
                        clock.getZone(),
                        Map.of(
                                "jobs.data.record", code -> messages.getMessage("jobs.data.record." + code),
                                "jobs.data.status", code -> messages.getMessage("jobs.status." + code)),
                        messages)))
                .toList();
    }

    @Override
    @Transactional
    public int erase(String email) {
        int offers = jdbc.sql("delete from job_offer where poster_email = :email")
                .param("email", email)
                .update();
        int saved = jdbc.sql("delete from job_saved_offer where email = :email")
                .param("email", email)
                .update();
        int alerts = jdbc.sql("delete from job_alert where email = :email")
                .param("email", email)
                .update();
        jdbc.sql("delete from job_alert_delivery where email = :email")
                .param("email", email)
                .update();
        return offers + saved + alerts;
    }
}
