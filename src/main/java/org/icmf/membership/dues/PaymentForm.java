package org.icmf.membership.dues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cheque as the treasurer records it: the members it pays for (their numbers), the amount for each, the
 * cheque's number and bank, the day it arrived, who paid when not the member, the year it covers (that of the
 * day received when blank).
 */
public record PaymentForm(
        @NotBlank(message = "{dues.members.required}")
        @Size(max = 500, message = "{membership.size}")
        @Pattern(regexp = "[0-9 ,;\\-]*", message = "{dues.members.pattern}")
        String memberNumbers,

        @NotBlank(message = "{dues.amount.required}")
        @Size(max = 100, message = "{dues.amount.pattern}")
        @Pattern(regexp = "\\s*\\d{1,5}([.,]\\d{1,2})?\\s*", message = "{dues.amount.pattern}")
        String amountPerMember,

        @NotBlank(message = "{dues.cheque.required}")
        @Size(max = 30, message = "{membership.size}")
        @Pattern(regexp = "[A-Za-z0-9 -]*", message = "{dues.cheque.pattern}")
        String chequeNumber,

        @NotBlank(message = "{dues.bank.required}")
        @Size(max = 100, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String bank,

        @NotBlank(message = "{dues.receivedOn.required}")
        @Size(max = 100, message = "{dues.receivedOn.pattern}")
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "{dues.receivedOn.pattern}")
        String receivedOn,

        @Size(max = 200, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String payerName,

        @Size(max = 100, message = "{dues.year.pattern}") @Pattern(regexp = "|\\d{4}", message = "{dues.year.pattern}")
        String year) {

    public static PaymentForm blank(LocalDate today) {
        return new PaymentForm("", "", "", "", today.toString(), "", "");
    }

    /** The member numbers typed, in order, without repeats: "2026-0001, 2026-0002". */
    Set<String> numbers() {
        return Arrays.stream(memberNumbers.split("[\\s,;]+"))
                .map(String::strip)
                .filter(number -> !number.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    BigDecimal amount() {
        return new BigDecimal(amountPerMember.strip().replace(',', '.'));
    }

    /** The day received, if it is a real date. */
    LocalDate receivedDate() {
        try {
            return LocalDate.parse(receivedOn);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The year typed, or by default the civil year the cheque arrived — the next one for a cheque received from
     * {@code nextYearFrom} on (null: never), as an association may decide for the dues paid in its last months.
     */
    int coveredYear(MonthDay nextYearFrom) {
        if (year != null && !year.isBlank()) {
            return Integer.parseInt(year);
        }
        LocalDate received = receivedDate();
        boolean late = nextYearFrom != null && !MonthDay.from(received).isBefore(nextYearFrom);
        return received.getYear() + (late ? 1 : 0);
    }

    String payer() {
        return payerName == null || payerName.isBlank() ? null : payerName.strip();
    }
}
