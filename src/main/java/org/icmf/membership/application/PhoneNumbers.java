package org.icmf.membership.application;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import org.icmf.regions.Region;

/**
 * Telephone numbers as French members type them ("06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78",
 * "0033 6…", "0262 12 34 56" in La Réunion), checked and stored in international form (E.164) with
 * Google's libphonenumber.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /** The number in E.164 form, or empty when it is not a valid number (a number typed in national form is read in the member's region). */
    public static Optional<String> international(String typed, Region region) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip().replaceFirst("^00", "+");
        try {
            PhoneNumber number = UTIL.parse(text, region == null ? "FR" : region.phoneRegion());
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
