/**
 * E-mail for the whole site, as a transactional outbox: other modules call {@link org.icmf.mail.MailOutbox#queue}
 * inside their own transaction, so a mail is stored with the change that calls for it or not at all; a
 * scheduled sender delivers stored mails through SMTP after commit, retries with backoff, and keeps them for
 * reading when no SMTP server is configured. Administrators read every mail at {@code /admin/courriels}.
 */
@ApplicationModule(
        allowedDependencies = {"web"},
        displayName = "Courriels")
package org.icmf.mail;

import org.springframework.modulith.ApplicationModule;
