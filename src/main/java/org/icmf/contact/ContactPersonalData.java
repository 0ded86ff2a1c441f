package org.icmf.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.icmf.membership.Region;
import org.icmf.web.PersonalDataSource;
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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

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
        List<Map<String, String>> records = new ArrayList<>();
        for (Map<String, Object> row : jdbc.sql("""
                select id, created_at, sender_name, sender_email, organisation, topic, region, body
                from contact_message where lower(sender_email) = :email order by created_at, id""")
                .param("email", normalise(email)).query().listOfRows()) {
            Map<String, String> record = new LinkedHashMap<>();
            put(record, "Type", "Message");
            put(record, "Envoyé le", when(row.get("created_at")));
            put(record, "Nom", row.get("sender_name"));
            put(record, "E-mail", row.get("sender_email"));
            put(record, "Organisation", row.get("organisation"));
            put(record, "Objet", Topic.valueOf((String) row.get("topic")).label());
            put(record, "Écrit au représentant de la région",
                    row.get("region") == null ? null : Region.valueOf((String) row.get("region")).label());
            put(record, "Message", row.get("body"));
            records.add(record);
            jdbc.sql("select sent_at, sent_by_name, body from contact_reply where message_id = :id order by sent_at, id")
                    .param("id", row.get("id")).query().listOfRows().forEach(reply -> {
                        Map<String, String> answer = new LinkedHashMap<>();
                        put(answer, "Type", "Réponse du bureau");
                        put(answer, "Envoyée le", when(reply.get("sent_at")));
                        put(answer, "Par", reply.get("sent_by_name"));
                        put(answer, "Réponse", reply.get("body"));
                        records.add(answer);
                    });
        }
        return records;
    }

    @Override
    @Transactional
    public int erase(String email) {
        return inbox.eraseMessages(jdbc.sql("select id from contact_message where lower(sender_email) = :email")
                .param("email", normalise(email)).query(Long.class).list());
    }

    /** A field as its owner reads it; an empty one is left out. */
    private static void put(Map<String, String> record, String label, Object value) {
        if (value != null && !value.toString().isBlank()) {
            record.put(label, value.toString());
        }
    }

    /** A time as French people write it, in the site's zone. */
    private String when(Object value) {
        Instant instant = value instanceof Timestamp timestamp ? timestamp.toInstant()
                : value instanceof OffsetDateTime time ? time.toInstant() : null;
        return instant == null ? null : WHEN.format(instant.atZone(clock.getZone()));
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
