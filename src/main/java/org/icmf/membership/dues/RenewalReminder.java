package org.icmf.membership.dues;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The renewal reminder a member got for a year (one at most), and the hash of its "stop" link. */
@Entity
@Table(name = "membership_renewal_reminder")
public class RenewalReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long memberId;

    private int year;

    private Instant sentAt;

    private String unsubscribeTokenHash;

    protected RenewalReminder() {}

    Long getMemberId() {
        return memberId;
    }
}
