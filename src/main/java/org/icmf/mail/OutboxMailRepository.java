package org.icmf.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long>, JpaSpecificationExecutor<OutboxMail> {

    /**
     * Locks the mail due first, if any, to claim it. A row another sender is claiming (another instance, or a
     * round still running) is skipped rather than waited for; one it claimed is {@code SENDING}, no longer due.
     */
    @Query(nativeQuery = true, value = """
            select * from mail_outbox
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit 1
            for update skip locked""")
    Optional<OutboxMail> lockNextDue(@Param("now") Instant now);

    /** Locks the mails whose sender's claim ran out before it recorded the outcome (it stopped mid-send). */
    @Query(nativeQuery = true, value = """
            select * from mail_outbox
            where status = 'SENDING' and claimed_until < :now
            for update skip locked""")
    List<OutboxMail> lockInterrupted(@Param("now") Instant now);

    /** Deletes (attachments by cascade) the mails written before {@code before} that are no longer waiting. */
    @Modifying
    @Query(nativeQuery = true, value = """
            delete from mail_outbox where status in ('SENT', 'KEPT', 'FAILED') and created_at < :before""")
    int deleteDoneBefore(@Param("before") Instant before);

    /**
     * Deletes mails (attachments by cascade) at once, in SQL: erasures run several deletions in one transaction,
     * and a delete deferred to the flush would find rows another one already removed.
     */
    @Modifying
    @Query(nativeQuery = true, value = "delete from mail_outbox where id in (:ids)")
    int deleteByIdIn(@Param("ids") Collection<Long> ids);

    /** The mails of one {@code template} and {@code reference}, counted by status: rows of (status, count). */
    @Query(nativeQuery = true, value = """
            select status, count(*) from mail_outbox
            where template = :template and link_reference = :reference group by status""")
    List<Object[]> countByStatus(@Param("template") String template, @Param("reference") long reference);
}
