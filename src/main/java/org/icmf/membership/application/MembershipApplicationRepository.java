package org.icmf.membership.application;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MembershipApplicationRepository
        extends JpaRepository<MembershipApplication, Long>, JpaSpecificationExecutor<MembershipApplication> {

    @Query("""
            select a from MembershipApplication a where lower(a.email) = :email
              and a.status in (org.icmf.membership.application.ApplicationStatus.UNCONFIRMED,
                               org.icmf.membership.application.ApplicationStatus.PENDING,
                               org.icmf.membership.application.ApplicationStatus.INFO_REQUESTED)""")
    Optional<MembershipApplication> findOpen(@Param("email") String email);

    Optional<MembershipApplication> findByConfirmTokenHash(String hash);

    boolean existsByReference(String reference);

    /** Applications whose e-mail was never confirmed in time: personal data nobody asked us to keep. */
    @Modifying
    @Query("""
            delete from MembershipApplication a where a.status = org.icmf.membership.application.ApplicationStatus.UNCONFIRMED
              and a.confirmExpiresAt < :now""")
    int deleteUnconfirmedBefore(@Param("now") Instant now);
}
