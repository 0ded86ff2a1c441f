package org.icmf.events;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.icmf.privacy.spi.PersonalDataSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event registrations held for an e-mail address, those still waiting for the address's confirmation too;
 * erasing deletes them (and their links), freeing their places at events to come for the waitlist.
 */
@Component
@Order(2)
class EventPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final Registrations registrations;
    private final Clock clock;

    EventPersonalData(JdbcClient jdbc, Registrations registrations, Clock clock) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Inscriptions aux événements";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        return jdbc.sql("""
                select e.title as "Événement", e.starts_at as "Date", r.first_name as "Prénom", r.last_name as "Nom",
                       r.email as "E-mail", r.organisation as "Organisation", r.companions as "Accompagnants",
                       r.status as "État", r.created_at as "Inscrit(e) le",
                       r.confirmed_at as "Adresse confirmée le"
                from event_registration r join event e on e.id = r.event_id
                where lower(r.email) = :email order by r.id""").param("email", email).query().listOfRows().stream()
                .map(row -> PersonalDataSource.record(
                        row,
                        clock.getZone(),
                        Map.of("État", code -> RegistrationStatus.valueOf(code).label())))
                .toList();
    }

    @Override
    public int erase(String email) {
        return registrations.forget(email);
    }
}
