package org.icmf.audit;

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
