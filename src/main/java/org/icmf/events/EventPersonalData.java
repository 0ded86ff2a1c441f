package org.icmf.events;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.icmf.privacy.spi.PersonalDataSource;
import org.springframework.context.support.MessageSourceAccessor;
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
    private final MessageSourceAccessor messages;
    private final Clock clock;

    EventPersonalData(JdbcClient jdbc, Registrations registrations, MessageSourceAccessor messages, Clock clock) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String title() {
        return messages.getMessage("event.data.title");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        return jdbc.sql("""
                select e.title as "event.data.event", e.starts_at as "event.data.date", r.first_name as "event.data.firstName", r.last_name as "event.data.lastName",
                       r.email as "event.data.email", r.organisation as "event.data.organisation", r.companions as "event.data.companions",
                       r.status as "event.data.status", r.created_at as "event.data.createdAt",
                       r.confirmed_at as "event.data.confirmedAt"
                from event_registration r join event e on e.id = r.event_id
                where lower(r.email) = :email order by r.id""").param("email", email).query().listOfRows().stream()
                .map(row -> PersonalDataSource.record(
                        row,
                        clock.getZone(),
                        Map.of("event.data.status", code -> messages.getMessage(RegistrationStatus.valueOf(code))),
                        messages))
                .toList();
    }

    @Override
    public int erase(String email) {
        return registrations.forget(email);
    }
}
