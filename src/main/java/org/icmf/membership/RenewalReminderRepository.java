package org.icmf.membership;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RenewalReminderRepository extends JpaRepository<RenewalReminder, Long> {

    Optional<RenewalReminder> findByUnsubscribeTokenHash(String hash);
}
