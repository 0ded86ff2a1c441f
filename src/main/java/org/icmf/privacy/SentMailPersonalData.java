package org.icmf.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icmf.mail.SentMails;
import org.icmf.privacy.spi.PersonalDataSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The e-mails the site wrote to an address; erasing deletes them with their attachments. Last on the page and in
 * the erasure, after the modules whose mails they are.
 */
@Component
@Order(5)
class SentMailPersonalData implements PersonalDataSource {

    private final SentMails mails;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    SentMailPersonalData(SentMails mails, MessageSourceAccessor messages, Clock clock) {
        this.mails = mails;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String title() {
        return messages.getMessage("mail.data.title");
    }

    @Override
    public List<Map<String, String>> find(String email) {
        return mails.writtenTo(email).stream()
                .map(mail -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("mail.data.subject", mail.subject());
                    row.put("mail.data.createdAt", Timestamp.from(mail.writtenAt()));
                    row.put("mail.data.sentAt", mail.sentAt() == null ? null : Timestamp.from(mail.sentAt()));
                    return PersonalDataSource.record(row, clock.getZone(), Map.of(), messages);
                })
                .toList();
    }

    @Override
    public int erase(String email) {
        return mails.eraseWrittenTo(email);
    }
}
