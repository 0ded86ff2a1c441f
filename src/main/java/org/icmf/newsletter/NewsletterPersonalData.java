package org.icmf.newsletter;

import java.time.Clock;
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
 * An address's subscription to the newsletter, with the dates and sources of its consent and withdrawal, and the
 * issues mailed to it; erasing deletes it with its deliveries (the mails themselves go with "Courriels envoyés").
 */
@Component
@Order(4)
class NewsletterPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    NewsletterPersonalData(JdbcClient jdbc, MessageSourceAccessor messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String title() {
        return messages.getMessage("newsletter.data.title");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        return jdbc.sql("""
                select s.email as "newsletter.data.email", s.status as "newsletter.data.status",
                       s.created_at as "newsletter.data.createdAt", s.consented_at as "newsletter.data.consentedAt",
                       s.consent_source as "newsletter.data.consentSource",
                       s.unsubscribed_at as "newsletter.data.unsubscribedAt",
                       s.unsubscribe_source as "newsletter.data.unsubscribeSource",
                       (select string_agg('n° ' || i.number, ', ' order by i.number) from newsletter_delivery d
                        join newsletter_issue i on i.id = d.issue_id where d.subscriber_id = s.id and d.mail_id is not null)
                           as "newsletter.data.issues"
                from newsletter_subscriber s where s.email = :email""").param("email", email).query().listOfRows().stream()
                .map(row -> (Map<String, String>) new LinkedHashMap<>(PersonalDataSource.record(
                        row,
                        clock.getZone(),
                        Map.of(
                                "newsletter.data.status", code -> messages.getMessage("newsletter.subscriber." + code),
                                "newsletter.data.consentSource",
                                        code -> messages.getMessage("newsletter.source." + code),
                                "newsletter.data.unsubscribeSource",
                                        code -> messages.getMessage("newsletter.source." + code)),
                        messages)))
                .toList();
    }

    @Override
    @Transactional
    public int erase(String email) {
        return jdbc.sql("delete from newsletter_subscriber where email = :email")
                .param("email", email)
                .update();
    }
}
