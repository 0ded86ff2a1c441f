package org.icmf.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icmf.web.EmailAddresses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way the site sends e-mail: mails are queued in the caller's transaction and sent after commit by
 * the scheduled sender, with retries, so a mail is never sent for a change that was rolled back, nor lost
 * because the SMTP server was down or the application restarted.
 */
@Service
public class MailOutbox {

    private final OutboxMailRepository mails;
    private final MailTemplates templates;
    private final MailAttachments attachments;
    private final Clock clock;

    MailOutbox(OutboxMailRepository mails, MailTemplates templates, MailAttachments attachments, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.attachments = attachments;
        this.clock = clock;
    }

    /**
     * Queues an e-mail in the caller's transaction (Propagation.MANDATORY: a caller without transaction is a bug):
     * the row is committed with the caller's data or not at all, and sent after commit by the scheduled sender.
     * {@code template} names a Thymeleaf TEXT template under templates/mail/ without extension, e.g.
     * "events/registration-confirmed" -> templates/mail/events/registration-confirmed.txt. The template's first
     * line is the subject, then one blank line, then the body. The model gets the caller's variables plus
     * {@code site} (org.icmf.web.SiteProperties: name, shortName, streetAddress, postalCode, city, absoluteUrl(path)).
     * Write variables as {@code [(${name})]}: {@code [[...]]} and {@code th:text} HTML-escape even in TEXT mode.
     * The footer (site name and postal address, templates/mail/footer.txt) is appended automatically: templates
     * must not add it. Line breaks and other control characters in the subject line become spaces (no variable can
     * add a header); a subject longer than 300 characters is shortened.
     * Returns the outbox row id.
     *
     * <p>A mail carrying a personal link (a {@code web.Tokens} token) must be queued with
     * {@link #queueWithLink}: its stored body is masked once it leaves the queue, so it can only be sent again by
     * its module's {@link org.icmf.mail.spi.LinkReissuer}.
     *
     * @throws IllegalArgumentException when {@code to} is not one address {@link EmailAddresses#isValid} accepts
     *                                  (forms check it first), or {@code template} is not a template name
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(String to, String template, Map<String, Object> model) {
        return queue(to, template, model, List.of());
    }

    /** As {@link #queue(String, String, Map)}, with files attached (kept with the mail until it is sent). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(String to, String template, Map<String, Object> model, List<MailAttachment> files) {
        return store(to, template, model, null, files);
    }

    /**
     * As {@link #queue(String, String, Map)}, for a mail whose link is personal: {@code reference} is the caller's
     * id for what the link acts on (an application, a registration), handed back to its
     * {@link org.icmf.mail.spi.LinkReissuer} when an administrator sends the mail again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queueWithLink(String to, String template, Map<String, Object> model, long reference) {
        return store(to, template, model, reference, List.of());
    }

    /**
     * Queues one mail of a list (the newsletter) in the caller's transaction: the text part from
     * {@code <template>.txt}, an HTML part from {@code <template>.html}, and the one-click unsubscribe headers for
     * {@code unsubscribeUrl} ({@code List-Unsubscribe} and {@code List-Unsubscribe-Post}, RFC 8058), a personal
     * link masked once the mail leaves the queue. {@code reference} groups the mails of one sending, for
     * {@link #statusCounts}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queueToList(
            String to, String template, Map<String, Object> model, String unsubscribeUrl, long reference) {
        checkRecipient(to);
        OutboxMail mail = new OutboxMail(
                to.strip(), templates.renderWithHtml(template, model), template, reference, clock.instant());
        mail.unsubscribeAt(unsubscribeUrl);
        return mails.save(mail).getId();
    }

    /** What a mail of {@code template} says, text and HTML, without queueing it: for a preview. */
    public Preview preview(String template, Map<String, Object> model) {
        MailTemplates.Rendered mail = templates.renderWithHtml(template, model);
        return new Preview(mail.subject(), mail.body(), mail.html());
    }

    public record Preview(String subject, String text, String html) {}

    /** How the mails queued with {@code template} and {@code reference} stand. */
    @Transactional(readOnly = true)
    public StatusCounts statusCounts(String template, long reference) {
        Map<String, Long> counts = new HashMap<>();
        mails.countByStatus(template, reference)
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return new StatusCounts(
                counts.getOrDefault("PENDING", 0L) + counts.getOrDefault("SENDING", 0L),
                counts.getOrDefault("SENT", 0L),
                counts.getOrDefault("KEPT", 0L),
                counts.getOrDefault("FAILED", 0L));
    }

    /**
     * @param waiting not sent yet (first attempt or a retry)
     * @param kept    kept unsent for lack of an SMTP server
     * @param failed  given up after the last attempt
     */
    public record StatusCounts(long waiting, long sent, long kept, long failed) {}

    private static void checkRecipient(String to) {
        if (!EmailAddresses.isValid(to)) {
            throw new IllegalArgumentException("Not one e-mail address (forms check addresses before queueing)");
        }
    }

    private long store(
            String to, String template, Map<String, Object> model, Long reference, List<MailAttachment> files) {
        checkRecipient(to);
        MailTemplates.Rendered mail = templates.render(template, model);
        long id = mails.save(new OutboxMail(to.strip(), mail, template, reference, clock.instant()))
                .getId();
        attachments.store(id, files);
        return id;
    }

    /**
     * Deletes mails (with their attachments), sent or not, when what they repeat is erased: a contact message
     * deleted by the board, its retention limit reached or its sender's RGPD request. Unknown ids are ignored;
     * returns how many mails were deleted. A pending mail deleted here is never sent.
     */
    @Transactional
    public int erase(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return mails.deleteByIdIn(ids);
    }
}
