package org.icmf.membership.dues;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    Page<Payment> findAllByOrderByReceivedOnDescIdDesc(Pageable pageable);
}
