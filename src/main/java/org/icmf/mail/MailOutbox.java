package org.icmf.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
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
     * must not add it. Line breaks in the subject line become spaces; a subject longer than 300 characters is
     * shortened.
     * Returns the outbox row id.
     *
     * @throws IllegalArgumentException when {@code to} is not one plain e-mail address of 320 characters at
     *                                  most, or {@code template} is not a template name
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(String to, String template, Map<String, Object> model) {
        return queue(to, template, model, List.of());
    }

    /** As {@link #queue(String, String, Map)}, with files attached (kept with the mail until it is sent). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(String to, String template, Map<String, Object> model, List<MailAttachment> files) {
        String recipient = checkedAddress(to);
        MailTemplates.Rendered mail = templates.render(template, model);
        long id = mails.save(new OutboxMail(recipient, mail.subject(), mail.body(), clock.instant())).getId();
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

    private static String checkedAddress(String to) {
        String address = to == null ? "" : to.strip();
        if (address.isEmpty() || address.length() > OutboxMail.MAX_RECIPIENT) {
            throw new IllegalArgumentException("Not an e-mail address of 1 to 320 characters");
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (!address.equals(parsed.getAddress()) || address.indexOf('@') < 1) {
                throw new IllegalArgumentException("Not one plain e-mail address: " + address);
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not an e-mail address: " + address, e);
        }
        return address;
    }
}
