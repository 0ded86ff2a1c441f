package org.icmf.events;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;

/** What the public pages show of events; times are instants, formatted in the templates (Europe/Paris). */
public final class EventViews {

    private EventViews() {}

    /**
     * An event in a list. {@code remainingSeats} is null when capacity is unlimited; {@code place} is the
     * venue and city, or "En ligne".
     */
    public record EventSummary(
            String slug,
            String title,
            String category,
            Instant startsAt,
            Instant endsAt,
            String place,
            Integer remainingSeats,
            boolean cancelled) {

        public String url() {
            return "/evenements/" + slug;
        }
    }

    /** The events page's two lists; a list the page does not show is null. */
    public record EventLists(Page<EventSummary> upcoming, Page<EventSummary> past) {}

    /** Whether a visitor can register now, and how. */
    public enum RegistrationState {
        OPEN,
        WAITLIST_ONLY,
        CLOSED,
        CANCELLED
    }

    /** An event's page. The online link is not here: only registrants get it. */
    public record EventDetail(
            long id,
            String slug,
            String title,
            String category,
            boolean online,
            String descriptionHtml,
            Instant startsAt,
            Instant endsAt,
            String venueName,
            String streetAddress,
            String postalCode,
            String city,
            String country,
            String accessNotes,
            String organiser,
            String price,
            Integer capacity,
            Integer remainingSeats,
            int maxCompanions,
            Instant registrationClosesAt,
            RegistrationState state,
            Instant updatedAt) {

        public String url() {
            return "/evenements/" + slug;
        }

        /** One line of the full address, for display and for the map search. */
        public String address() {
            return Stream.of(streetAddress, join(postalCode, city), country)
                    .filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining(", "));
        }

        public boolean hasAddress() {
            return streetAddress != null || city != null;
        }

        /** OpenStreetMap's search for the address: no map embedded, so no third party loads with the page. */
        public String mapUrl() {
            return "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(address(), StandardCharsets.UTF_8);
        }

        private static String join(String first, String second) {
            return Stream.of(first, second)
                    .filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining(" "));
        }
    }

    /** A registration as its owner sees it through their personal link (which is {@code token}). */
    public record RegistrationView(
            String token,
            String firstName,
            String lastName,
            String email,
            String organisation,
            int companions,
            RegistrationStatus status,
            EventDetail event,
            String onlineUrl) {}
}
