package org.icmf.membership;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Dues a member paid for a civil year, with the number of their receipt and when the cheque arrived. */
public record PaidDue(int year, BigDecimal amount, String receiptNumber, LocalDate receivedOn) {}
