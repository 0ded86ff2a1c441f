package org.icmf.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    /** Everyone who appears in the log, under the latest name the log knows, for the filter. */
    @Query(nativeQuery = true, value = """
            select distinct on (actor_account_id) actor_account_id as accountId, actor_name as name
            from audit_entry
            where actor_account_id is not null
            order by actor_account_id, occurred_at desc""")
    List<ActorName> findActors();

    /** The newest entries, without counting the whole log. */
    Slice<AuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

    @Query("select distinct e.subjectType from AuditEntry e order by e.subjectType")
    List<String> findSubjectTypes();

    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> findActions();

    /** Writes an entry unless the same action is logged already (a replayed event): returns the rows written. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into audit_entry
                (occurred_at, actor_account_id, actor_name, subject_type, action, subject_id, subject_label)
            values (:occurredAt, :actorAccountId, :actorName, :subjectType, :action, :subjectId, :subjectLabel)
            on conflict do nothing""")
    int insertOnce(
            @Param("occurredAt") Instant occurredAt,
            @Param("actorAccountId") Long actorAccountId,
            @Param("actorName") String actorName,
            @Param("subjectType") String subjectType,
            @Param("action") String action,
            @Param("subjectId") long subjectId,
            @Param("subjectLabel") String subjectLabel);

    default int insertOnce(AuditEntry entry) {
        return insertOnce(
                entry.getOccurredAt(),
                entry.getActorAccountId(),
                entry.getActorName(),
                entry.getSubjectType(),
                entry.getAction(),
                entry.getSubjectId(),
                entry.getSubjectLabel());
    }

    /** The one change entries ever take (RGPD erasure), hence native: the entity itself is immutable. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update audit_entry set subject_label = :label where subject_type = :type and subject_id = :id""")
    int relabel(@Param("type") String subjectType, @Param("id") long subjectId, @Param("label") String label);

    interface ActorName {
        Long getAccountId();

        String getName();
    }
}
