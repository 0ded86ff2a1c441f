package org.icmf.membership.application;

import java.math.BigDecimal;
import java.util.Set;
import org.icmf.regions.Region;

/** An applicant as checked from the form: e-mail in lower case, phone in international form, blanks as null. */
public record Applicant(
        String civility,
        String firstName,
        String lastName,
        String email,
        String phone,
        String streetAddress,
        String postalCode,
        String city,
        String country,
        Region region,
        String organisation,
        String sector,
        String jobTitle,
        Integer yearsOfPractice,
        String heardFrom,
        String motivation,
        boolean volunteerRegional,
        Set<VolunteerRole> volunteerRoles,
        BigDecimal feeAmount,
        boolean directoryOptIn) {}
