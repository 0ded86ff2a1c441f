package org.icmf.membership.dues;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One member's dues for one civil year, paid by a payment; it has its own receipt number. */
@Entity
@Table(name = "membership_due")
public class Due {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String receiptNumber;

    private Long paymentId;

    private Long memberId;

    private int year;

    private BigDecimal amount;

    protected Due() {}

    Due(String receiptNumber, long paymentId, long memberId, int year, BigDecimal amount) {
        this.receiptNumber = receiptNumber;
        this.paymentId = paymentId;
        this.memberId = memberId;
        this.year = year;
        this.amount = amount;
    }

    Long getId() {
        return id;
    }

    String getReceiptNumber() {
        return receiptNumber;
    }

    Long getPaymentId() {
        return paymentId;
    }

    Long getMemberId() {
        return memberId;
    }

    int getYear() {
        return year;
    }

    BigDecimal getAmount() {
        return amount;
    }
}
