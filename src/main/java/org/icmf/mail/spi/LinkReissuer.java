package org.icmf.mail.spi;

import java.util.Set;

/**
 * Sends again, with a fresh link, a mail whose personal link (a {@code web.Tokens} token) was masked in the outbox
 * once it left the queue. A module that mails personal links queues them with
 * {@code MailOutbox.queueWithLink(to, template, model, reference)}, {@code reference} being its own id for what the
 * link acts on (an application, a registration), and implements this interface as a bean for those templates;
 * "Renvoyer" on the admin page then calls {@link #reissue} instead of replaying the stored body, which it never does.
 */
public interface LinkReissuer {

    /** The mail templates this module can send again with a fresh link, e.g. {@code membership/confirm-email}. */
    Set<String> templates();

    /**
     * Queues (through {@code MailOutbox}, in the caller's transaction) a new mail of {@code template} for
     * {@code reference} with a fresh link; the previous link stops working. False, with nothing queued, when
     * there is nothing left for a link to act on (already confirmed, expired, deleted).
     */
    boolean reissue(String template, long reference);
}
