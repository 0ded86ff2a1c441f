package org.icmf.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long>, JpaSpecificationExecutor<OutboxMail> {

    /**
     * Locks up to {@code limit} mails due for sending, oldest due first. Rows another sender (another
     * instance, or a round still running) has locked are skipped, so no mail is picked twice.
     */
    @Query(nativeQuery = true, value = """
            select * from mail_outbox
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit :limit
            for update skip locked""")
    List<OutboxMail> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /**
     * Deletes mails (attachments by cascade) at once, in SQL: erasures run several deletions in one transaction,
     * and a delete deferred to the flush would find rows another one already removed.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query(nativeQuery = true, value = "delete from mail_outbox where id in (:ids)")
    int deleteByIdIn(@Param("ids") java.util.Collection<Long> ids);
}
