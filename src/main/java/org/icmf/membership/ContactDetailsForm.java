package org.icmf.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Optional;
import org.icmf.regions.Region;

/**
 * A member's contact details and region as they type them in their space, checked like the adhesion form's (the
 * same bounds and French messages); the region is a {@link Region} name, checked by {@link MemberSelfService}.
 */
public record ContactDetailsForm(
        @Size(max = 30, message = "{membership.size}") String phone,

        @NotBlank(message = "{membership.street.required}")
        @Size(max = 200, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String streetAddress,

        @NotBlank(message = "{membership.postalCode.required}")
        @Size(max = 20, message = "{membership.size}")
        @Pattern(regexp = "[A-Za-z0-9 -]*", message = "{membership.postalCode.pattern}")
        String postalCode,

        @NotBlank(message = "{membership.city.required}")
        @Size(max = 100, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String city,

        @NotBlank(message = "{membership.country.required}")
        @Size(max = 100, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String country,

        @NotBlank(message = "{membership.region.required}") @Size(max = 30, message = "{membership.size}")
        String region) {

    static ContactDetailsForm of(Member member) {
        return new ContactDetailsForm(
                member.getPhone() == null ? "" : member.getPhone(),
                member.getStreetAddress(),
                member.getPostalCode(),
                member.getCity(),
                member.getCountry(),
                member.getRegion().name());
    }

    /** The region chosen, when it is one of the list. */
    Optional<Region> knownRegion() {
        return Arrays.stream(Region.values())
                .filter(known -> known.name().equals(region))
                .findFirst();
    }
}
