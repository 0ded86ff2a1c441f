package org.icmf.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.icmf.events.EventViews.EventDetail;
import org.icmf.events.EventViews.EventLists;
import org.icmf.events.EventViews.EventSummary;
import org.icmf.events.EventViews.RegistrationState;
import org.icmf.sitemap.spi.SitemapExtent;
import org.icmf.sitemap.spi.SitemapSource;
import org.icmf.web.NotFoundException;
import org.icmf.web.Paging;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of events: what is coming, what happened, one event's page, the sitemap entries. */
@Service
@Transactional(readOnly = true)
public class EventCalendar implements SitemapSource {

    /** More upcoming events than this is not a calendar but a mistake; the iCalendar feed stops there. */
    static final int MAX_UPCOMING = 100;

    private static final String LIST = """
            select e.slug, e.title, e.category, e.starts_at, e.ends_at, e.venue_name, e.city, e.capacity,
                   e.cancelled, %s as seats_taken, count(*) over () as total
            from event e where %s order by %s limit :limit offset :offset""";

    /** Soonest first, with the seats their confirmed registrations (and companions) take. */
    private static final String UPCOMING = LIST.formatted("""
            (select coalesce(sum(1 + r.companions), 0) from event_registration r
             where r.event_id = e.id and r.status = 'CONFIRMED')""", "e.starts_at >= :now", "e.starts_at, e.id");

    /** Newest first, no seats. */
    private static final String PAST =
            LIST.formatted("null::bigint", "e.starts_at < :now", "e.starts_at desc, e.id desc");

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final JdbcClient jdbc;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    EventCalendar(
            EventRepository events,
            EventRegistrationRepository registrations,
            JdbcClient jdbc,
            MessageSourceAccessor messages,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What the events page lists, read in one transaction: the page of upcoming events with their seats left, the
     * page of past ones without (nobody registers for them any more); a list not asked for (null) is not read.
     */
    public EventLists lists(Pageable upcomingPage, Pageable pastPage) {
        return new EventLists(
                upcomingPage == null ? null : upcoming(upcomingPage),
                pastPage == null ? null : Paging.existing(listed(PAST, pastPage)));
    }

    public Page<EventSummary> upcoming(Pageable page) {
        return Paging.existing(listed(UPCOMING, page));
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

    /**
     * One page of a list in one statement: each event's seats taken counted on its registrations' index, the list's
     * length by a window over the same rows (no second query).
     */
    private Page<EventSummary> listed(String query, Pageable page) {
        long[] total = {0};
        List<EventSummary> found = jdbc.sql(query)
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((row, n) -> {
                    total[0] = row.getLong("total");
                    EventCategory category = EventCategory.valueOf(row.getString("category"));
                    Integer capacity = (Integer) row.getObject("capacity");
                    Long seatsTaken = (Long) row.getObject("seats_taken");
                    return new EventSummary(
                            row.getString("slug"),
                            row.getString("title"),
                            messages.getMessage(category),
                            row.getTimestamp("starts_at").toInstant(),
                            row.getTimestamp("ends_at") == null
                                    ? null
                                    : row.getTimestamp("ends_at").toInstant(),
                            place(category, row.getString("venue_name"), row.getString("city")),
                            capacity == null || seatsTaken == null ? null : (int) Math.max(0, capacity - seatsTaken),
                            row.getBoolean("cancelled"));
                })
                .list();
        return new PageImpl<>(found, page, total[0]);
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

    private String place(EventCategory category, String venueName, String city) {
        if (category.online() || (venueName == null && city == null)) {
            return messages.getMessage("event.online");
        }
        return Stream.of(venueName, city)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
