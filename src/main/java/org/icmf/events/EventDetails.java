package org.icmf.events;

import java.time.Instant;

/** An event's editable content, checked and converted from its form (times as instants). */
record EventDetails(
        String title,
        EventCategory category,
        String descriptionMarkdown,
        Instant startsAt,
        Instant endsAt,
        String venueName,
        String streetAddress,
        String postalCode,
        String city,
        String country,
        String accessNotes,
        String onlineUrl,
        String organiser,
        String price,
        Integer capacity,
        int maxCompanions,
        Instant registrationDeadline) {}
