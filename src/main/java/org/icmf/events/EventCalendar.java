package org.icmf.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.icmf.events.EventViews.EventDetail;
import org.icmf.events.EventViews.EventSummary;
import org.icmf.events.EventViews.RegistrationState;
import org.icmf.sitemap.spi.SitemapExtent;
import org.icmf.sitemap.spi.SitemapSource;
import org.icmf.web.NotFoundException;
import org.icmf.web.Paging;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of events: what is coming, what happened, one event's page, the sitemap entries. */
@Service
@Transactional(readOnly = true)
public class EventCalendar implements SitemapSource {

    /** More upcoming events than this is not a calendar but a mistake; the iCalendar feed stops there. */
    static final int MAX_UPCOMING = 100;

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    EventCalendar(
            EventRepository events,
            EventRegistrationRepository registrations,
            MessageSourceAccessor messages,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.messages = messages;
        this.clock = clock;
    }

    public Page<EventSummary> upcoming(Pageable page) {
        Page<Event> found = Paging.existing(events.findUpcoming(clock.instant(), page));
        return summaries(
                found, seatsTaken(found.getContent().stream().map(Event::getId).toList()));
    }

    /** Past events tell no seats left: nobody registers for them any more. */
    public Page<EventSummary> past(Pageable page) {
        return summaries(Paging.existing(events.findPast(clock.instant(), page)), null);
    }

    public EventDetail detail(String slug) {
        Event event = events.findBySlug(slug).orElseThrow(() -> new NotFoundException("event " + slug));
        return detail(event, seatsTaken(List.of(event.getId())).getOrDefault(event.getId(), 0L));
    }

    EventDetail detail(Event event, long seatsTaken) {
        Instant now = clock.instant();
        Integer remaining = event.getCapacity() == null ? null : (int) Math.max(0, event.getCapacity() - seatsTaken);
        RegistrationState state = event.isCancelled()
                ? RegistrationState.CANCELLED
                : !event.isOpenForRegistration(now)
                        ? RegistrationState.CLOSED
                        : remaining != null && remaining == 0
                                ? RegistrationState.WAITLIST_ONLY
                                : RegistrationState.OPEN;
        return new EventDetail(
                event.getId(),
                event.getSlug(),
                event.getTitle(),
                messages.getMessage(event.getCategory()),
                event.getCategory().online(),
                event.getDescriptionHtml(),
                event.getStartsAt(),
                event.getEndsAt(),
                event.getVenueName(),
                event.getStreetAddress(),
                event.getPostalCode(),
                event.getCity(),
                event.getCountry(),
                event.getAccessNotes(),
                event.getOrganiser(),
                event.getPrice(),
                event.getCapacity(),
                remaining,
                event.getMaxCompanions(),
                event.registrationClosesAt(),
                state,
                event.getUpdatedAt());
    }

    /** Upcoming events, with their details, for the site-wide iCalendar feed. */
    public List<EventDetail> upcomingDetails() {
        List<Event> found =
                events.findByStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(clock.instant(), Limit.of(MAX_UPCOMING));
        Map<Long, Long> seats = seatsTaken(found.stream().map(Event::getId).toList());
        return found.stream()
                .map(event -> detail(event, seats.getOrDefault(event.getId(), 0L)))
                .toList();
    }

    @Override
    public SitemapExtent sitemapExtent() {
        return events.findSitemapExtent();
    }

    @Override
    public List<Entry> sitemapEntries(int offset, int limit) {
        return events.findSitemapSlice(offset, limit).stream()
                .map(event -> new Entry("/evenements/" + event.getSlug(), event.getUpdatedAt()))
                .toList();
    }

    /** With the seats taken per event, or without seats left at all (null). */
    private Page<EventSummary> summaries(Page<Event> found, Map<Long, Long> seats) {
        return found.map(event -> new EventSummary(
                event.getSlug(),
                event.getTitle(),
                messages.getMessage(event.getCategory()),
                event.getStartsAt(),
                event.getEndsAt(),
                place(event),
                event.getCapacity() == null || seats == null
                        ? null
                        : (int) Math.max(0, event.getCapacity() - seats.getOrDefault(event.getId(), 0L)),
                event.isCancelled()));
    }

    private Map<Long, Long> seatsTaken(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return registrations.countSeats(eventIds).stream()
                .collect(Collectors.toMap(
                        EventRegistrationRepository.SeatCount::getEventId,
                        EventRegistrationRepository.SeatCount::getSeats));
    }

    private String place(Event event) {
        if (event.getCategory().online() || (event.getVenueName() == null && event.getCity() == null)) {
            return messages.getMessage("event.online");
        }
        return Stream.of(event.getVenueName(), event.getCity())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
