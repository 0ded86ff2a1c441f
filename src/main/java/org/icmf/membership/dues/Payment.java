package org.icmf.membership.dues;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A cheque as the treasurer received it; it pays one or more dues. */
@Entity
@Table(name = "membership_payment")
class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private BigDecimal amount;

    private String chequeNumber;

    private String bank;

    private String payerName;

    private LocalDate receivedOn;

    private Instant recordedAt;

    private String recordedByName;

    protected Payment() {}

    Payment(
            BigDecimal amount,
            String chequeNumber,
            String bank,
            String payerName,
            LocalDate receivedOn,
            String recordedByName,
            Instant now) {
        this.amount = amount;
        this.chequeNumber = chequeNumber;
        this.bank = bank;
        this.payerName = payerName;
        this.receivedOn = receivedOn;
        this.recordedByName = recordedByName;
        this.recordedAt = now;
    }

    Long getId() {
        return id;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getChequeNumber() {
        return chequeNumber;
    }

    String getBank() {
        return bank;
    }

    String getPayerName() {
        return payerName;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    String getRecordedByName() {
        return recordedByName;
    }
}
