package org.icmf.membership.dues;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    /** On membership_payment_received_idx, not counted (125,000 payments at generated size). */
    Slice<Payment> findAllByOrderByReceivedOnDescIdDesc(Pageable pageable);
}
