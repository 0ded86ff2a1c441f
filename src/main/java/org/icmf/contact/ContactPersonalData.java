package org.icmf.contact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private final JdbcClient jdbc;
    private final ContactInbox inbox;

    ContactPersonalData(JdbcClient jdbc, ContactInbox inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
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
            record.put("Type", "Message");
            record.put("Envoyé le", String.valueOf(row.get("created_at")));
            record.put("Nom", String.valueOf(row.get("sender_name")));
            record.put("E-mail", String.valueOf(row.get("sender_email")));
            record.put("Organisation", row.get("organisation") == null ? "" : row.get("organisation").toString());
            record.put("Objet", Topic.valueOf((String) row.get("topic")).label());
            record.put("Région du représentant", row.get("region") == null ? "" : row.get("region").toString());
            record.put("Message", String.valueOf(row.get("body")));
            records.add(record);
            jdbc.sql("select sent_at, sent_by_name, body from contact_reply where message_id = :id order by sent_at, id")
                    .param("id", row.get("id")).query().listOfRows().forEach(reply -> {
                        Map<String, String> answer = new LinkedHashMap<>();
                        answer.put("Type", "Réponse du bureau");
                        answer.put("Envoyée le", String.valueOf(reply.get("sent_at")));
                        answer.put("Par", String.valueOf(reply.get("sent_by_name")));
                        answer.put("Réponse", String.valueOf(reply.get("body")));
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

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
