package org.icmf.membership.dues;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RenewalReminderRepository extends JpaRepository<RenewalReminder, Long> {

    Optional<RenewalReminder> findByUnsubscribeTokenHash(String hash);

    /**
     * Records this year's reminder of a member unless one is recorded already (by another run, or another instance
     * at the same time: the insert waits for its commit); returns 1 when recorded, 0 otherwise.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into membership_renewal_reminder (member_id, year, unsubscribe_token_hash, sent_at)
            values (:member, :year, :tokenHash, :now)
            on conflict (member_id, year) do nothing""")
    int record(
            @Param("member") long memberId,
            @Param("year") int year,
            @Param("tokenHash") String tokenHash,
            @Param("now") Instant now);
}
