package org.icmf.mail;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.icmf.web.PersonalDataSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails the site wrote to an address (their bodies repeat the data they were about); erasing deletes
 * them with their attachments. Last on the page and in the erasure, after the modules whose mails they are.
 */
@Component
@Order(5)
class MailPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    MailPersonalData(JdbcClient jdbc, MessageSourceAccessor messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String title() {
        return messages.getMessage("mail.data.title");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        return jdbc.sql("""
                select subject as "mail.data.subject", created_at as "mail.data.createdAt", sent_at as "mail.data.sentAt"
                from mail_outbox where lower(recipient) = :email order by id""").param("email", email).query().listOfRows().stream()
                .map(row -> PersonalDataSource.record(row, clock.getZone(), Map.of(), messages))
                .toList();
    }

    @Override
    @Transactional
    public int erase(String email) {
        return jdbc.sql("delete from mail_outbox where lower(recipient) = :email")
                .param("email", email)
                .update();
    }
}
