package org.icmf.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.icmf.support.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails past icmf.mail.retention (90 days) are deleted every night, on one instance at a time. */
@SiteTest
class MailRetentionTests {

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final String token = UUID.randomUUID().toString();

    /**
     * As the other instance would: its lock row stays (ShedLock remembers it exists), its time ran out a moment ago
     * (not "now": the next statement's clock, read by another backend, once compared as earlier in a full run).
     */
    @AfterEach
    void releaseLock() {
        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second'"
                        + " where name = 'mail.retention'")
                .update();
    }

    private long mail(String name, String status, int daysAgo) {
        long id = new TransactionTemplate(transactions)
                .execute(s -> outbox.queue(
                        name + "-" + token + "@example.org",
                        "test/greeting",
                        Map.of("name", name, "event", "Café"),
                        List.of(new MailAttachment("recu.pdf", "application/pdf", new byte[] {1, 2, 3}))));
        jdbc.sql("update mail_outbox set status = :status, created_at = now() - make_interval(days => :days) "
                        + "where id = :id")
                .param("status", status)
                .param("days", daysAgo)
                .param("id", id)
                .update();
        return id;
    }

    private List<String> left() {
        return jdbc.sql("select split_part(recipient, '-', 1) from mail_outbox where recipient like :r order by id")
                .param("r", "%-" + token + "@example.org")
                .query(String.class)
                .list();
    }

    @Test
    void deletesSentKeptAndFailedMailsPastTheRetentionWithTheirFilesButNeverAWaitingOne() {
        mail("envoye", "SENT", 91);
        mail("conserve", "KEPT", 91);
        long failed = mail("echec", "FAILED", 91);
        mail("attente", "PENDING", 91);
        mail("recent", "SENT", 89);

        retention.purge();

        assertThat(left()).containsExactly("attente", "recent");
        assertThat(jdbc.sql("select count(*) from mail_outbox_attachment where mail_id = :id")
                        .param("id", failed)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNightlyRunSkipsWhileAnotherInstanceHoldsTheLock() {
        mail("envoye", "SENT", 91);
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('mail.retention', timezone('utc', now()) + interval '10 minutes', timezone('utc', now()),
                        'autre-instance')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""").update();

        retention.purgeOnSchedule();
        assertThat(left()).as("the other instance is running it").containsExactly("envoye");

        releaseLock();
        retention.purgeOnSchedule();
        assertThat(left()).isEmpty();
    }
}
