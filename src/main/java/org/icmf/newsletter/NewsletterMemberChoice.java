package org.icmf.newsletter;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.icmf.members.spi.MemberChoiceSource;
import org.icmf.web.EmailAddresses;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsletter among a member's choices in their space: ticked, the member's address is subscribed at once (they
 * are signed in by it, so it needs no confirmation mail); unticked, it is unsubscribed. Shows when and through what
 * the current answer was given, a withdrawal as much as a consent.
 */
@Component
class NewsletterMemberChoice implements MemberChoiceSource {

    static final String KEY = "lettre";

    private final Subscriptions subscriptions;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    NewsletterMemberChoice(Subscriptions subscriptions, JdbcClient jdbc, MessageSource messages) {
        this.subscriptions = subscriptions;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberChoice> choices(String email) {
        MemberChoice choice = jdbc.sql("""
                        select status = 'CONFIRMED',
                               case status when 'CONFIRMED' then consented_at when 'UNSUBSCRIBED' then unsubscribed_at end,
                               case status when 'CONFIRMED' then consent_source when 'UNSUBSCRIBED' then unsubscribe_source end
                        from newsletter_subscriber where email = :email""")
                .param("email", EmailAddresses.normalise(email))
                .query((row, n) -> choice(row.getBoolean(1), row.getTimestamp(2), row.getString(3)))
                .optional()
                .orElseGet(() -> choice(false, null, null));
        return List.of(choice);
    }

    @Override
    public void choose(String email, String key, boolean chosen) {
        if (!KEY.equals(key)) {
            return;
        }
        if (chosen) {
            subscriptions.subscribeConfirmed(email, Subscriptions.Source.MEMBERS_SPACE);
        } else {
            subscriptions.unsubscribe(email, Subscriptions.Source.MEMBERS_SPACE);
        }
    }

    private MemberChoice choice(boolean subscribed, Timestamp at, String source) {
        return new MemberChoice(
                KEY,
                "Recevoir la lettre d’information de l’ICMF",
                subscribed,
                at == null ? null : at.toInstant(),
                source == null ? null : messages.getMessage("newsletter.source." + source, null, Locale.FRENCH));
    }
}
