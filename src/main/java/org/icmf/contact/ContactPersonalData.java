package org.icmf.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icmf.privacy.spi.PersonalDataSource;
import org.icmf.regions.Region;
import org.springframework.context.support.MessageSourceAccessor;
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
    private final MessageSourceAccessor messages;
    private final Clock clock;

    ContactPersonalData(JdbcClient jdbc, ContactInbox inbox, MessageSourceAccessor messages, Clock clock) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String title() {
        return messages.getMessage("contact.data.title");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        Map<Long, List<Map<String, Object>>> replies = new HashMap<>();
        jdbc.sql("""
                select r.message_id, r.sent_at as "contact.data.reply.sentAt", r.sent_by_name as "contact.data.reply.sentBy", r.body as "contact.data.reply.body"
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
                select id, created_at as "contact.data.sentAt", sender_name as "contact.data.name", sender_email as "contact.data.email",
                       organisation as "contact.data.organisation", topic as "contact.data.topic", region as "contact.data.region",
                       body as "contact.data.body"
                from contact_message where lower(sender_email) = :email order by created_at, id""").param("email", email).query().listOfRows()) {
            long id = ((Number) message.remove("id")).longValue();
            records.add(record("contact.data.message", message));
            replies.getOrDefault(id, List.of()).forEach(reply -> records.add(record("contact.data.reply", reply)));
        }
        return records;
    }

    private Map<String, String> record(String kind, Map<String, Object> row) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put(messages.getMessage("privacy.record.type"), messages.getMessage(kind));
        record.putAll(PersonalDataSource.record(
                row,
                clock.getZone(),
                Map.of(
                        "contact.data.topic", code -> messages.getMessage(Topic.valueOf(code)),
                        "contact.data.region", code -> messages.getMessage(Region.valueOf(code))),
                messages));
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
