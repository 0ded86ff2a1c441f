package org.icmf.membership;

import java.math.BigDecimal;

/** How to pay the dues by cheque, as the adhesion pages, the renewal reminder and the members' space say it. */
public record ChequeInstructions(
        String payee, String siteName, String streetAddress, String postalCode, String city, BigDecimal suggestedFee) {}
