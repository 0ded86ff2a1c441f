package org.icmf.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * What the board types to create or edit an event. Dates are local times in the site's zone as a
 * {@code datetime-local} field sends them ({@code 2009-04-15T18:00}); numbers are text so that a wrong
 * one is reported next to its field rather than failing the whole form.
 */
public record EventForm(
        @NotBlank(message = "{event.title.required}") @Size(max = 200, message = "{event.title.size}")
        String title,

        @Size(max = 80, message = "{event.slug.size}")
        @Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*", message = "{event.slug.pattern}")
        String slug,

        @NotNull(message = "{event.category.pattern}")
        @Size(max = 100, message = "{event.category.pattern}")
        @Pattern(
                regexp = "CAFE|AWARDS|RALLY|VIDEO_CONFERENCE|FAIR|TRAINING|MONTHLY_MEETING",
                message = "{event.category.pattern}")
        String category,

        @NotBlank(message = "{event.description.required}") @Size(max = 50_000, message = "{event.description.size}")
        String description,

        @NotBlank(message = "{event.startsAt.required}")
        @Size(max = 100, message = "{event.dateTime.pattern}")
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}", message = "{event.dateTime.pattern}")
        String startsAt,

        @Size(max = 100, message = "{event.dateTime.pattern}")
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}", message = "{event.dateTime.pattern}")
        String endsAt,

        @Size(max = 200, message = "{event.field.size}") String venueName,
        @Size(max = 200, message = "{event.field.size}") String streetAddress,
        @Size(max = 20, message = "{event.field.size}") String postalCode,
        @Size(max = 100, message = "{event.field.size}") String city,
        @Size(max = 100, message = "{event.field.size}") String country,
        @Size(max = 300, message = "{event.field.size}") String accessNotes,

        @Size(max = 500, message = "{event.field.size}")
        @Pattern(regexp = "|https://\\S+", message = "{event.onlineUrl.pattern}")
        String onlineUrl,

        @Size(max = 200, message = "{event.field.size}") String organiser,
        @Size(max = 100, message = "{event.field.size}") String price,

        @Size(max = 100, message = "{event.capacity.pattern}")
        @Pattern(regexp = "|[1-9]\\d{0,4}", message = "{event.capacity.pattern}")
        String capacity,

        @NotNull(message = "{event.maxCompanions.pattern}")
        @Size(max = 100, message = "{event.maxCompanions.pattern}")
        @Pattern(regexp = "\\d|1\\d|20", message = "{event.maxCompanions.pattern}")
        String maxCompanions,

        @Size(max = 100, message = "{event.dateTime.pattern}")
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}", message = "{event.dateTime.pattern}")
        String registrationDeadline,
        // text, compared with the stored version: anything forged is a stale form, never a failed binding
        @Size(max = 19) String version) {

    static final DateTimeFormatter LOCAL_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT);

    public static EventForm blank() {
        return new EventForm(
                "", "", "CAFE", "", "", "", "", "", "", "", "France", "", "", "", "gratuit", "", "0", "", null);
    }

    /** A local date and time typed in a field, if it is a real one (no 30 February). */
    public static Optional<LocalDateTime> time(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value, LOCAL_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The checked form as an event's content; call only when the form has no error. */
    EventDetails details(ZoneId zone) {
        return new EventDetails(
                title.strip(),
                EventCategory.valueOf(category),
                description,
                instant(startsAt, zone),
                instant(endsAt, zone),
                text(venueName),
                text(streetAddress),
                text(postalCode),
                text(city),
                text(country),
                text(accessNotes),
                text(onlineUrl),
                text(organiser),
                price == null || price.isBlank() ? "gratuit" : price.strip(),
                capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity),
                Integer.parseInt(maxCompanions),
                instant(registrationDeadline, zone));
    }

    static EventForm of(EventDetails details, String slug, ZoneId zone, String version) {
        return new EventForm(
                details.title(),
                slug,
                details.category().name(),
                details.descriptionMarkdown(),
                local(details.startsAt(), zone),
                local(details.endsAt(), zone),
                blank(details.venueName()),
                blank(details.streetAddress()),
                blank(details.postalCode()),
                blank(details.city()),
                blank(details.country()),
                blank(details.accessNotes()),
                blank(details.onlineUrl()),
                blank(details.organiser()),
                details.price(),
                details.capacity() == null ? "" : details.capacity().toString(),
                Integer.toString(details.maxCompanions()),
                local(details.registrationDeadline(), zone),
                version);
    }

    private static Instant instant(String value, ZoneId zone) {
        return time(value).map(local -> local.atZone(zone).toInstant()).orElse(null);
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL_DATE_TIME.format(LocalDateTime.ofInstant(instant, zone));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
