package org.icmf.membership.application;

import java.math.BigDecimal;
import org.icmf.membership.MembershipProperties;
import org.icmf.regions.Region;
import org.springframework.validation.BindingResult;

/** Checks of the adhesion form beyond its annotations: choices from the lists, the fee's bounds, the phone. */
final class ApplicationChecks {

    private ApplicationChecks() {}

    /** Checks the form; returns the phone in international form (null when none was typed). */
    static String check(ApplicationForm form, BindingResult errors, MembershipProperties properties) {
        if (!errors.hasFieldErrors("region") && !form.knownRegion()) {
            errors.rejectValue("region", "membership.region.required");
        }
        if (!form.knownRoles()) {
            errors.rejectValue("volunteerRoles", "membership.roles.unknown");
        }
        if (!errors.hasFieldErrors("feeAmount")
                && form.feeAmount() != null
                && !form.feeAmount().isBlank()) {
            BigDecimal fee = form.fee();
            if (fee.compareTo(properties.minimumFee()) < 0 || fee.compareTo(properties.maximumFee()) > 0) {
                errors.rejectValue(
                        "feeAmount",
                        "membership.fee.bounds",
                        new Object[] {
                            properties.minimumFee().toPlainString(),
                            properties.maximumFee().toPlainString()
                        },
                        null);
            }
        }
        if (!errors.hasFieldErrors("postalCode")
                && form.knownRegion()
                && form.regionValue() != Region.ABROAD
                && form.postalCode() != null
                && !form.postalCode().strip().matches("\\d{5}")) {
            errors.rejectValue("postalCode", "membership.postalCode.french");
        }
        if (form.phone() == null || form.phone().isBlank() || errors.hasFieldErrors("phone")) {
            return null;
        }
        return PhoneNumbers.international(form.phone(), form.knownRegion() ? form.regionValue() : null)
                .orElseGet(() -> {
                    errors.rejectValue("phone", "membership.phone.invalid");
                    return null;
                });
    }
}
