package org.icmf.membership.dues;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything printed on an attestation de cotisation, gathered by the caller so that
 * {@link DuesReceipts} only lays out what it is given and a receipt can be printed again identically.
 *
 * @param receiptNumber the receipt's own number, such as "2026-0007"
 * @param memberNumber such as "2026-0042"
 * @param civility "MME", "M", "AUTRE" or null, as on the adhesion form; only the first two are printed
 * @param amount the sum received, in euros, below one million
 * @param year the civil year the dues cover
 * @param receivedOn when the treasurer received the payment
 * @param paymentMethod as it should read, such as "chèque n° 1234567, Banque Populaire"
 * @param paidBy who paid when not the member (an employer, for instance), otherwise null
 * @param issuedOn the date the attestation is made
 * @param treasurerName who signs it
 */
record DuesReceipt(
        String receiptNumber,
        String memberNumber,
        String civility,
        String firstName,
        String lastName,
        String streetAddress,
        String postalCode,
        String city,
        String country,
        BigDecimal amount,
        int year,
        LocalDate receivedOn,
        String paymentMethod,
        String paidBy,
        LocalDate issuedOn,
        String treasurerName) {}
