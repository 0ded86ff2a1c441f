package org.icmf.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.icmf.web.Actor;
import org.icmf.web.ConcurrentEditException;
import org.icmf.web.Csv;
import org.icmf.web.FrenchDates;
import org.icmf.web.Markdown;
import org.icmf.web.NotFoundException;
import org.icmf.web.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** The board's side of events: create, edit, duplicate, cancel, delete; registrations per event and their export. */
@Service
@Transactional
public class EventEditor {

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final Registrations registering;
    private final Markdown markdown;
    private final FrenchDates dates;
    private final ApplicationEventPublisher publisher;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    EventEditor(
            EventRepository events,
            EventRegistrationRepository registrations,
            Registrations registering,
            Markdown markdown,
            FrenchDates dates,
            ApplicationEventPublisher publisher,
            MessageSourceAccessor messages,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.registering = registering;
        this.markdown = markdown;
        this.dates = dates;
        this.publisher = publisher;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * People counted with their companions; registrations counted once each. Sign-ups whose address is not
     * confirmed yet hold no seat: counted apart.
     */
    public record Counts(
            long confirmedPeople,
            long confirmedRegistrations,
            long waitlistedPeople,
            long cancelledRegistrations,
            long pendingRegistrations) {}

    public record AdminEventRow(
            long id,
            String title,
            String category,
            LocalDateTime startsAt,
            Integer capacity,
            boolean cancelled,
            Counts counts,
            String url) {}

    @Transactional(readOnly = true)
    public Page<AdminEventRow> list(Pageable page) {
        Page<Event> found = events.findAllForAdmin(page);
        Map<Long, Counts> counts =
                counts(found.getContent().stream().map(Event::getId).toList());
        return found.map(event -> new AdminEventRow(
                event.getId(),
                event.getTitle(),
                messages.getMessage(event.getCategory()),
                local(event.getStartsAt()),
                event.getCapacity(),
                event.isCancelled(),
                counts.getOrDefault(event.getId(), new Counts(0, 0, 0, 0, 0)),
                "/evenements/" + event.getSlug()));
    }

    @Transactional(readOnly = true)
    public long upcomingCount() {
        return events.countByStartsAtGreaterThanEqualAndCancelledFalse(clock.instant());
    }

    @Transactional(readOnly = true)
    public EventForm form(long id) {
        Event event = find(id);
        return EventForm.of(event.details(), event.getSlug(), zone(), Long.toString(event.getVersion()));
    }

    /** A new event's form filled from an existing one, a month later (next month's café). */
    @Transactional(readOnly = true)
    public EventForm duplicate(long id) {
        EventDetails source = find(id).details();
        EventDetails copy = new EventDetails(
                source.title(),
                source.category(),
                source.descriptionMarkdown(),
                monthLater(source.startsAt()),
                monthLater(source.endsAt()),
                source.venueName(),
                source.streetAddress(),
                source.postalCode(),
                source.city(),
                source.country(),
                source.accessNotes(),
                source.onlineUrl(),
                source.organiser(),
                source.price(),
                source.capacity(),
                source.maxCompanions(),
                monthLater(source.registrationDeadline()));
        return EventForm.of(copy, "", zone(), null);
    }

    /** Creates an event; throws {@link SlugTakenException} when its address is another event's. */
    public long create(EventForm form, Actor actor) {
        Event event = new Event(clock.instant());
        save(event, form, actor, EventAction.CREATED);
        return event.getId();
    }

    /** Saves an event; a larger capacity confirms the first ones of the waitlist. */
    public void update(long id, EventForm form, Actor actor) {
        Event event = registeringLock(id);
        if (!Long.toString(event.getVersion()).equals(form.version())) {
            throw new ConcurrentEditException();
        }
        save(event, form, actor, EventAction.UPDATED);
        registering.promoteWaitlist(event);
    }

    private void save(Event event, EventForm form, Actor actor, EventAction action) {
        Instant now = clock.instant();
        EventDetails details = form.details(zone());
        String slug = StringUtils.hasText(form.slug())
                ? form.slug()
                : Slugs.uniqueSlug(
                        details.title() + " " + dates.month(YearMonth.from(local(details.startsAt()))),
                        candidate -> slugTaken(candidate, event.getId()));
        if (slugTaken(slug, event.getId())) {
            throw new SlugTakenException();
        }
        event.write(details, slug, markdown.toSafeHtml(details.descriptionMarkdown()), now);
        try {
            events.saveAndFlush(event);
        } catch (DataIntegrityViolationException e) {
            throw new SlugTakenException();
        }
        publisher.publishEvent(new EventChanged(event.getId(), event.getTitle(), action, actor, now));
    }

    /** Cancels an event: registration closes, every registrant is told (with the board's message, if any). */
    public void cancel(long id, String message, Actor actor) {
        Event event = registeringLock(id);
        if (event.isCancelled()) {
            return;
        }
        Instant now = clock.instant();
        event.cancel(now);
        registering.tellCancellation(event, message);
        publisher.publishEvent(new EventChanged(id, event.getTitle(), EventAction.CANCELLED, actor, now));
    }

    /** Deletes an event with its registrations, for good (a cancelled event stays listed; a mistaken one goes). */
    public void delete(long id, Actor actor) {
        Event event = find(id);
        events.delete(event);
        publisher.publishEvent(new EventChanged(id, event.getTitle(), EventAction.DELETED, actor, clock.instant()));
    }

    public Registrations.Outcome addRegistration(long eventId, Registrant registrant, Actor actor) {
        Registrations.Outcome outcome = registering.addByBoard(eventId, registrant);
        publisher.publishEvent(
                new EventChanged(eventId, title(eventId), EventAction.REGISTRATION_ADDED, actor, clock.instant()));
        return outcome;
    }

    public void removeRegistration(long eventId, long registrationId, Actor actor) {
        registering.removeByBoard(eventId, registrationId);
        publisher.publishEvent(
                new EventChanged(eventId, title(eventId), EventAction.REGISTRATION_REMOVED, actor, clock.instant()));
    }

    public int messageAll(long eventId, String subject, String message, Actor actor) {
        int sent = registering.messageAll(eventId, subject, message);
        publisher.publishEvent(
                new EventChanged(eventId, title(eventId), EventAction.MESSAGE_SENT, actor, clock.instant()));
        return sent;
    }

    public record RegistrationRow(
            long id,
            String firstName,
            String lastName,
            String email,
            String organisation,
            int companions,
            RegistrationStatus status,
            LocalDateTime registeredAt) {}

    /**
     * {@code rows}: the registrations in the order of confirmations (the waitlist's order); {@code pending}: the
     * sign-ups whose address is not confirmed yet, which hold no seat, with when they were made.
     */
    public record EventRegistrations(
            long eventId,
            String title,
            LocalDateTime startsAt,
            Integer capacity,
            boolean cancelled,
            String url,
            Counts counts,
            List<RegistrationRow> rows,
            List<RegistrationRow> pending) {}

    /** An event's registrations (all of them: an event gathers tens, not thousands). */
    @Transactional(readOnly = true)
    public EventRegistrations registrations(long eventId) {
        Event event = find(eventId);
        Map<Boolean, List<RegistrationRow>> byPending = registrations.findForBoard(eventId).stream()
                .map(registration -> new RegistrationRow(
                        registration.getId(),
                        registration.getFirstName(),
                        registration.getLastName(),
                        registration.getEmail(),
                        registration.getOrganisation(),
                        registration.getCompanions(),
                        registration.getStatus(),
                        local(
                                registration.getConfirmedAt() != null
                                        ? registration.getConfirmedAt()
                                        : registration.getCreatedAt())))
                .collect(Collectors.partitioningBy(row -> row.status() == RegistrationStatus.PENDING));
        return new EventRegistrations(
                eventId,
                event.getTitle(),
                local(event.getStartsAt()),
                event.getCapacity(),
                event.isCancelled(),
                "/evenements/" + event.getSlug(),
                counts(List.of(eventId)).getOrDefault(eventId, new Counts(0, 0, 0, 0, 0)),
                byPending.get(false),
                byPending.get(true));
    }

    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /**
     * The registrations as CSV for LibreOffice or Excel in French: UTF-8 with a byte order mark, {@code ;}
     * between fields, quotes where needed, and cells that a spreadsheet would run as a formula made inert.
     * Sign-ups whose address is not confirmed are left out: they are nobody's registration yet.
     */
    @Transactional(readOnly = true)
    public String csv(long eventId) {
        Csv csv = Csv.headed(messages.getMessage("event.registrations.csv.header"));
        for (RegistrationRow row : registrations(eventId).rows()) {
            csv.row(
                    row.firstName(),
                    row.lastName(),
                    row.email(),
                    row.organisation(),
                    Integer.toString(row.companions()),
                    messages.getMessage(row.status()),
                    CSV_DATE.format(row.registeredAt()));
        }
        return csv.toString();
    }

    /** The slug of an event, for the file name of its export. */
    @Transactional(readOnly = true)
    public String slug(long id) {
        return find(id).getSlug();
    }

    @Transactional(readOnly = true)
    public String title(long id) {
        return find(id).getTitle();
    }

    private Map<Long, Counts> counts(List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return registrations.countByStatus(eventIds).stream()
                .collect(Collectors.groupingBy(EventRegistrationRepository.StatusCount::getEventId))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> {
                    Map<RegistrationStatus, EventRegistrationRepository.StatusCount> byStatus =
                            new EnumMap<>(RegistrationStatus.class);
                    entry.getValue().forEach(count -> byStatus.put(count.getStatus(), count));
                    return new Counts(
                            people(byStatus.get(RegistrationStatus.CONFIRMED)),
                            registrationsOf(byStatus.get(RegistrationStatus.CONFIRMED)),
                            people(byStatus.get(RegistrationStatus.WAITLISTED)),
                            registrationsOf(byStatus.get(RegistrationStatus.CANCELLED)),
                            registrationsOf(byStatus.get(RegistrationStatus.PENDING)));
                }));
    }

    private static long people(EventRegistrationRepository.StatusCount count) {
        return count == null ? 0 : count.getPeople();
    }

    private static long registrationsOf(EventRegistrationRepository.StatusCount count) {
        return count == null ? 0 : count.getRegistrations();
    }

    private boolean slugTaken(String slug, Long id) {
        return id == null ? events.existsBySlug(slug) : events.existsBySlugAndIdNot(slug, id);
    }

    private Event find(long id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException("event " + id));
    }

    private Event registeringLock(long id) {
        return events.lockById(id).orElseThrow(() -> new NotFoundException("event " + id));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }

    private Instant monthLater(Instant instant) {
        return instant == null ? null : instant.atZone(zone()).plusMonths(1).toInstant();
    }

    /** The chosen address is already another event's. */
    public static class SlugTakenException extends RuntimeException {}
}
