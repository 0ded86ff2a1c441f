package org.icmf.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails the site wrote to an address, for its owner's RGPD rights: their bodies repeat the data they were
 * about, so they are shown (subject and dates) and erased with the rest.
 */
@Service
public class SentMails {

    private final JdbcClient jdbc;
    private final MailProperties properties;

    SentMails(JdbcClient jdbc, MailProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** @param sentAt null while the mail waits in the outbox (or was kept, with no SMTP server) */
    public record SentMail(String subject, Instant writtenAt, Instant sentAt) {}

    /** Mails written to an address (stripped, lower case), oldest first. */
    @Transactional(readOnly = true)
    public List<SentMail> writtenTo(String email) {
        return jdbc.sql("""
                        select subject, created_at, sent_at from mail_outbox
                        where lower(recipient) = :email order by id""")
                .param("email", email)
                .query((row, number) -> new SentMail(
                        row.getString("subject"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("sent_at") == null
                                ? null
                                : row.getTimestamp("sent_at").toInstant()))
                .list();
    }

    /** Deletes the mails written to an address, with their attachments; returns how many. */
    @Transactional
    public int eraseWrittenTo(String email) {
        return jdbc.sql("delete from mail_outbox where lower(recipient) = :email")
                .param("email", email)
                .update();
    }

    /** How long a mail is kept once sent, kept or given up ({@link MailRetention}). */
    public Duration retention() {
        return properties.retention();
    }
}
