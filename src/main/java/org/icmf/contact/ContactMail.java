package org.icmf.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icmf.mail.MailOutbox;
import org.icmf.regions.Region;
import org.icmf.regions.RegionalRepresentatives;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.web.FrenchDates;
import org.icmf.web.SiteProperties;
import org.icmf.web.SpamGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mails a contact message causes, queued in the caller's transaction: to the representative it was written to,
 * to the board (its own address when {@code icmf.contact.board-email} is set, otherwise every active
 * administrator), the acknowledgment to its sender (at most one per address and rate window), the board's replies;
 * a mail to the sender, whose address was never confirmed, repeats nothing they typed. Each mail's outbox id is kept
 * with the message, so that the copies go when the message goes (deletion, retention, RGPD).
 */
@Component
class ContactMail {

    private static final Logger log = LoggerFactory.getLogger(ContactMail.class);

    private final MailOutbox outbox;
    private final BoardAccounts accounts;
    private final RegionalRepresentatives representatives;
    private final ContactProperties properties;
    private final FrenchDates dates;
    private final SiteProperties site;
    private final JdbcClient jdbc;
    private final ContactMessageRepository messages;
    private final SpamGuard guard;
    private final MessageSourceAccessor texts;
    private final Clock clock;

    ContactMail(
            MailOutbox outbox,
            BoardAccounts accounts,
            RegionalRepresentatives representatives,
            ContactProperties properties,
            FrenchDates dates,
            SiteProperties site,
            JdbcClient jdbc,
            ContactMessageRepository messages,
            SpamGuard guard,
            MessageSourceAccessor texts,
            Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.representatives = representatives;
        this.properties = properties;
        this.dates = dates;
        this.site = site;
        this.jdbc = jdbc;
        this.messages = messages;
        this.guard = guard;
        this.texts = texts;
        this.clock = clock;
    }

    /** Where the board's copy goes: its shared address, or each active administrator. */
    List<String> boardRecipients() {
        if (properties.hasBoardEmail()) {
            return List.of(properties.boardEmail().strip());
        }
        return accounts.activeEmailsWithRole(Role.ADMIN);
    }

    /** Mails a message to the representative it is for (if they still are), to the board, and back to its sender. */
    void deliver(ContactMessage message) {
        Map<String, Object> model = model(message);
        Optional<String> representative = message.getRegion() == null
                ? Optional.empty()
                : representatives.representativeEmail(Region.valueOf(message.getRegion()));
        model.put("forwarded", representative.isPresent());
        representative.ifPresent(to -> keep(message, outbox.queue(to, "contact/to-representative", model)));
        List<String> board = boardRecipients();
        if (board.isEmpty()) {
            log.warn(
                    "Contact message {} reaches nobody by mail: set icmf.contact.board-email or activate an "
                            + "administrator account; it waits in /admin/messages",
                    message.getId());
        }
        board.forEach(to -> keep(message, outbox.queue(to, "contact/to-board", model)));
        // The sender's address was typed, never confirmed: the acknowledgment repeats nothing typed, and goes at most
        // once per address and rate window (icmf.spam.rate-window), so that the form cannot make the site mail anyone.
        if (!messages.acknowledgedSince(message.getSenderEmail().toLowerCase(Locale.ROOT), guard.rateWindowStart())) {
            message.acknowledged(clock.instant());
            keep(message, outbox.queue(message.getSenderEmail(), "contact/acknowledgment", senderModel(message)));
        }
    }

    /** Mails a board member's reply to the sender; their address was never confirmed, so their text is not quoted. */
    void reply(ContactMessage message, String text, String signature) {
        Map<String, Object> model = senderModel(message);
        model.put("reply", text);
        model.put("signature", signature);
        keep(message, outbox.queue(message.getSenderEmail(), "contact/reply", model));
    }

    /** The outbox ids of the mails some messages caused. */
    List<Long> mailIds(Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(jdbc.sql("select mail_id from contact_message_mail where message_id in (:ids)")
                .param("ids", messageIds)
                .query(Long.class)
                .list());
    }

    /** Deletes the outbox copies of these messages' mails (call before deleting the messages). */
    int eraseMails(Collection<Long> messageIds) {
        return outbox.erase(mailIds(messageIds));
    }

    private void keep(ContactMessage message, long mailId) {
        jdbc.sql("insert into contact_message_mail (message_id, mail_id) values (:message, :mail)")
                .param("message", message.getId())
                .param("mail", mailId)
                .update();
    }

    /** What a mail to the sender may say: only what the site wrote (date, topic, representative), nothing typed. */
    private Map<String, Object> senderModel(ContactMessage message) {
        Map<String, Object> model = new HashMap<>();
        model.put("topic", texts.getMessage(message.getTopic()));
        model.put(
                "regionLabel",
                message.getRegion() == null ? null : texts.getMessage(Region.valueOf(message.getRegion())));
        model.put("representativeName", message.getRepresentativeName());
        model.put("when", dates.longDateTime(message.getCreatedAt()));
        model.put("contactLink", site.absoluteUrl("/contact"));
        model.put("personalDataLink", site.absoluteUrl("/mes-donnees"));
        model.put("retentionDays", properties.retention().toDays());
        return model;
    }

    /** What the board's and the representative's mails say: the sender's too, and what they typed. */
    private Map<String, Object> model(ContactMessage message) {
        Map<String, Object> model = senderModel(message);
        model.put("id", message.getId());
        model.put("name", message.getSenderName());
        model.put("email", message.getSenderEmail());
        model.put("organisation", message.getOrganisation());
        model.put("message", message.getBody());
        model.put("inboxLink", site.absoluteUrl("/admin/messages/" + message.getId()));
        return model;
    }
}
