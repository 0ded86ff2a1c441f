package org.icmf.mail;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The files of queued mails, kept beside them in PostgreSQL until the mail is sent (and after, for resending). */
@Component
class MailAttachments {

    private final JdbcClient jdbc;

    MailAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(long mailId, List<MailAttachment> attachments) {
        for (MailAttachment attachment : attachments) {
            jdbc.sql("""
                    insert into mail_outbox_attachment (mail_id, file_name, content_type, data)
                    values (:mail, :name, :type, :data)""")
                    .param("mail", mailId)
                    .param("name", attachment.fileName())
                    .param("type", attachment.contentType())
                    .param("data", attachment.data())
                    .update();
        }
    }

    List<MailAttachment> of(long mailId) {
        return jdbc.sql(
                        "select file_name, content_type, data from mail_outbox_attachment where mail_id = :mail order by id")
                .param("mail", mailId)
                .query((row, number) -> new MailAttachment(row.getString(1), row.getString(2), row.getBytes(3)))
                .list();
    }

    /** Names only, for the admin page. */
    List<String> names(long mailId) {
        return jdbc.sql("select file_name from mail_outbox_attachment where mail_id = :mail order by id")
                .param("mail", mailId)
                .query(String.class)
                .list();
    }
}
