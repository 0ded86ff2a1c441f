package org.icmf.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publication registry delivers an unfinished event again at the next start, on whichever instance
 * starts, even while another instance is still handling it: the log keeps one entry per action all the same.
 */
@SiteTest
class ReplayedEventsTests {

    enum ReplayAction implements AuditAction {
        REPLAYED
    }

    record Replayed(
            Instant occurredAt,
            Actor actor,
            String subjectType,
            AuditAction action,
            long subjectId,
            String subjectLabel)
            implements AuditedAction {}

    @Autowired
    AuditEntryRepository entries;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void logsAnActionDeliveredTwiceOnce() {
        long subject = System.nanoTime();
        Replayed action = new Replayed(
                Instant.now(), new Actor(77L, "Trésorerie"), "replay", ReplayAction.REPLAYED, subject, "Rejoué");

        // What the listener does each time the publication registry delivers the event (again after a restart).
        assertThat((int) transactions.execute(status -> entries.insertOnce(new AuditEntry(action))))
                .isEqualTo(1);
        assertThat((int) transactions.execute(status -> entries.insertOnce(new AuditEntry(action))))
                .isZero();

        assertThat(jdbc.sql("select subject_label from audit_entry where subject_type = 'replay' and subject_id = :id")
                        .param("id", subject)
                        .query(String.class)
                        .list())
                .containsExactly("Rejoué");
    }
}
