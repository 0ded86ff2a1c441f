package org.icmf.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.icmf.web.PersonalDataSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event registrations held for an e-mail address; erasing deletes them (and their personal links), freeing
 * their places at events to come for the waitlist.
 */
@Component
@Order(2)
class EventPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final Registrations registrations;

    EventPersonalData(JdbcClient jdbc, Registrations registrations) {
        this.jdbc = jdbc;
        this.registrations = registrations;
    }

    @Override
    public String title() {
        return "Inscriptions aux événements";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        return jdbc.sql("""
                select e.title, e.starts_at, r.first_name, r.last_name, r.email, r.organisation, r.companions, r.status,
                       r.created_at
                from event_registration r join event e on e.id = r.event_id
                where lower(r.email) = :email order by r.id""")
                .param("email", email.strip().toLowerCase(Locale.ROOT)).query().listOfRows().stream()
                .map(PersonalDataSource::record).toList();
    }

    @Override
    public int erase(String email) {
        return registrations.forget(email);
    }
}
