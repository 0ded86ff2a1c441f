package org.icmf.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.icmf.privacy.spi.PersonalDataSource;
import org.icmf.regions.Region;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages an address sent through the contact form, with the board's replies; erasing deletes them, their
 * replies and every outbox mail they caused (the board's and the representative's copies too). The audit log names
 * messages by number and topic only, so it keeps nothing of the sender.
 */
@Component
@Order(4)
class ContactPersonalData implements PersonalDataSource {

    private static final Map<String, Function<String, String>> WORDS = Map.of(
            "Objet", code -> Topic.valueOf(code).label(),
            "Écrit au représentant de la région", code -> Region.valueOf(code).label());

    private final JdbcClient jdbc;
    private final ContactInbox inbox;
    private final Clock clock;

    ContactPersonalData(JdbcClient jdbc, ContactInbox inbox, Clock clock) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Messages envoyés par le formulaire de contact";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        Map<Long, List<Map<String, Object>>> replies = new HashMap<>();
        jdbc.sql("""
                select r.message_id, r.sent_at as "Envoyée le", r.sent_by_name as "Par", r.body as "Réponse"
                from contact_reply r join contact_message m on m.id = r.message_id
                where lower(m.sender_email) = :email order by r.sent_at, r.id""")
                .param("email", email)
                .query()
                .listOfRows()
                .forEach(reply -> replies.computeIfAbsent(
                                ((Number) reply.remove("message_id")).longValue(), id -> new ArrayList<>())
                        .add(reply));
        List<Map<String, String>> records = new ArrayList<>();
        for (Map<String, Object> message :
                jdbc.sql("""
                select id, created_at as "Envoyé le", sender_name as "Nom", sender_email as "E-mail",
                       organisation as "Organisation", topic as "Objet", region as "Écrit au représentant de la région",
                       body as "Message"
                from contact_message where lower(sender_email) = :email order by created_at, id""").param("email", email).query().listOfRows()) {
            long id = ((Number) message.remove("id")).longValue();
            records.add(record("Message", message));
            replies.getOrDefault(id, List.of()).forEach(reply -> records.add(record("Réponse du bureau", reply)));
        }
        return records;
    }

    private Map<String, String> record(String kind, Map<String, Object> row) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("Type", kind);
        record.putAll(PersonalDataSource.record(row, clock.getZone(), WORDS));
        return record;
    }

    @Override
    @Transactional
    public int erase(String email) {
        return inbox.eraseMessages(jdbc.sql("select id from contact_message where lower(sender_email) = :email")
                .param("email", email)
                .query(Long.class)
                .list());
    }
}
