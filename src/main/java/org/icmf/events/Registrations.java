package org.icmf.events;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.icmf.events.EventViews.RegistrationView;
import org.icmf.mail.MailOutbox;
import org.icmf.web.FrenchDates;
import org.icmf.web.NotFoundException;
import org.icmf.web.SiteProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering to events. Every change of seats locks the event's row first, so concurrent registrations are
 * counted one after the other and an event is never overbooked; a registration that does not fit goes to
 * the waitlist, whose first ones are confirmed as seats free up. Each e-mail is queued in the same
 * transaction as the change it tells about (mail outbox), with a fresh personal link.
 */
@Service
@Transactional
public class Registrations {

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final RegistrationTokens tokens;
    private final EventCalendar calendar;
    private final MailOutbox mail;
    private final FrenchDates dates;
    private final SiteProperties site;
    private final EventProperties properties;
    private final Clock clock;

    Registrations(EventRepository events, EventRegistrationRepository registrations, RegistrationTokens tokens,
            EventCalendar calendar, MailOutbox mail, FrenchDates dates, SiteProperties site,
            EventProperties properties, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.tokens = tokens;
        this.calendar = calendar;
        this.mail = mail;
        this.dates = dates;
        this.site = site;
        this.properties = properties;
        this.clock = clock;
    }

    /** What became of a registration: confirmed or waitlisted, and the personal link's token. */
    public record Outcome(RegistrationStatus status, String token) {
    }

    /**
     * Registers someone to an event.
     *
     * @throws RegistrationClosedException when the event is cancelled or its registration has closed
     * @throws AlreadyRegisteredException  when this e-mail already holds an active registration to it
     * @throws TooManyCompanionsException  when more companions are announced than the event allows
     */
    public Outcome register(String slug, Registrant registrant) {
        Event event = events.findBySlug(slug).orElseThrow(() -> new NotFoundException("event " + slug));
        return register(lock(event.getId()), registrant, true);
    }

    /** A board member adds someone (who agreed to it) to an event; the capacity and waitlist rules apply. */
    public Outcome addByBoard(long eventId, Registrant registrant) {
        return register(lock(eventId), registrant, false);
    }

    private Outcome register(Event event, Registrant registrant, boolean checkDeadline) {
        Instant now = clock.instant();
        if (event.isCancelled() || (checkDeadline && !event.isOpenForRegistration(now))) {
            throw new RegistrationClosedException();
        }
        if (registrant.companions() > event.getMaxCompanions()) {
            throw new TooManyCompanionsException(event.getMaxCompanions());
        }
        if (registrations.findActive(event.getId(), registrant.email()).isPresent()) {
            throw new AlreadyRegisteredException();
        }
        RegistrationStatus status = fits(event, registrant.companions() + 1)
                ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        EventRegistration registration = registrations.save(new EventRegistration(event.getId(), registrant, status, now));
        String token = send(event, registration, status == RegistrationStatus.CONFIRMED
                ? "events/registration-confirmed" : "events/registration-waitlisted");
        return new Outcome(status, token);
    }

    /** The registration a personal link opens, with its event (and the online link, for registrants only). */
    @Transactional(readOnly = true)
    public Optional<RegistrationView> view(String token) {
        return tokens.registrationId(token, clock.instant())
                .flatMap(registrations::findById)
                .map(registration -> view(token, registration));
    }

    /**
     * Cancels the registration a personal link opens; the first ones of the waitlist that now fit are
     * confirmed and told. Cancelling twice changes nothing. Empty when the link opens nothing.
     */
    public Optional<RegistrationView> cancel(String token) {
        Optional<EventRegistration> found = tokens.registrationId(token, clock.instant()).flatMap(registrations::findById);
        found.ifPresent(registration -> cancel(registration, true));
        return found.map(registration -> view(token, registration));
    }

    /** A board member removes a registration; the registrant is told, the waitlist moves up. */
    public void removeByBoard(long eventId, long registrationId) {
        EventRegistration registration = registrations.findById(registrationId)
                .filter(found -> found.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId));
        cancel(registration, true);
    }

    private void cancel(EventRegistration registration, boolean tell) {
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return;
        }
        Event event = lock(registration.getEventId());
        registration.cancel(clock.instant());
        if (tell) {
            send(event, registration, "events/registration-cancelled");
        }
        promoteWaitlist(event);
    }

    /**
     * Erases every registration of an address (RGPD); the places it held at events still to come go to the
     * waitlist. Returns how many registrations were erased.
     */
    public int forget(String email) {
        Instant now = clock.instant();
        List<EventRegistration> held = registrations.findByEmail(email.strip().toLowerCase(Locale.ROOT));
        for (EventRegistration registration : held) {
            if (events.findById(registration.getEventId()).orElseThrow().getStartsAt().isAfter(now)) {
                cancel(registration, false);
            }
        }
        registrations.deleteAll(held);
        return held.size();
    }

    /** Confirms, in order of arrival, the waitlisted registrations that now fit, and tells them. */
    void promoteWaitlist(Event event) {
        if (event.isCancelled()) {
            return;
        }
        for (EventRegistration waiting : registrations.findByEventIdAndStatusOrderByCreatedAtAscIdAsc(event.getId(),
                RegistrationStatus.WAITLISTED)) {
            if (!fits(event, waiting.seats())) {
                return;
            }
            waiting.confirm();
            registrations.flush();
            send(event, waiting, "events/waitlist-promoted");
        }
    }

    /**
     * Sends again the personal link of the active registration this e-mail holds to the event, if any; the
     * caller says the same thing either way, so this tells nobody who is registered.
     */
    public void resendLink(String slug, String email) {
        events.findBySlug(slug).flatMap(event -> registrations.findActive(event.getId(), email)
                        .map(registration -> Map.entry(event, registration)))
                .ifPresent(found -> send(found.getKey(), found.getValue(), "events/registration-link"));
    }

    /** Every quarter of an hour, the confirmed registrants of events starting within the lead time get a reminder. */
    @Scheduled(cron = "${icmf.events.reminder-cron:0 */15 * * * *}", zone = "Europe/Paris")
    public void sendReminders() {
        Instant now = clock.instant();
        for (EventRegistration registration : registrations.findToRemind(now, now.plus(properties.reminderLead()))) {
            Event event = events.findById(registration.getEventId()).orElseThrow();
            send(event, registration, "events/reminder");
            registration.remindedAt(now);
        }
    }

    /**
     * Every night, forgets who came to events older than {@code icmf.events.retention} (the event itself stays
     * in the calendar): personal data is kept only as long as the registration is useful.
     */
    @Scheduled(cron = "${icmf.events.retention-cron:0 45 3 * * *}", zone = "Europe/Paris")
    public int purgeOldRegistrations() {
        return registrations.deleteForEventsBefore(clock.instant().minus(properties.retention()));
    }

    /** A board member's message to everyone registered (confirmed or waiting); returns how many were written to. */
    public int messageAll(long eventId, String subject, String message) {
        Event event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId));
        List<EventRegistration> recipients = registrations.findByEventIdAndStatusInOrderByCreatedAtAscIdAsc(eventId,
                List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED));
        for (EventRegistration registration : recipients) {
            send(event, registration, "events/message", Map.of("subject", subject, "message", message));
        }
        return recipients.size();
    }

    /** The event is cancelled: every active registrant is told (their registrations stay, for the record). */
    void tellCancellation(Event event, String message) {
        for (EventRegistration registration : registrations.findByEventIdAndStatusInOrderByCreatedAtAscIdAsc(
                event.getId(), List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED))) {
            send(event, registration, "events/event-cancelled", Map.of("message", message == null ? "" : message));
        }
    }

    private boolean fits(Event event, int seats) {
        if (event.getCapacity() == null) {
            return true;
        }
        long taken = registrations.countSeats(List.of(event.getId())).stream()
                .mapToLong(EventRegistrationRepository.SeatCount::getSeats).sum();
        return taken + seats <= event.getCapacity();
    }

    private Event lock(long eventId) {
        return events.lockById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId));
    }

    private String send(Event event, EventRegistration registration, String template) {
        return send(event, registration, template, Map.of());
    }

    /** Queues a mail about a registration with a fresh personal link; returns the link's token. */
    private String send(Event event, EventRegistration registration, String template, Map<String, Object> extra) {
        Instant now = clock.instant();
        Instant end = event.getEndsAt() != null ? event.getEndsAt() : event.getStartsAt();
        String token = tokens.mint(registration.getId(), now, (end.isAfter(now) ? end : now).plus(properties.linkValidity()));
        Map<String, Object> model = new HashMap<>(extra);
        model.put("firstName", registration.getFirstName());
        model.put("companions", registration.getCompanions());
        model.put("event", calendar.detail(event, 0));
        model.put("when", dates.longDateTime(event.getStartsAt()));
        model.put("link", site.absoluteUrl("/evenements/inscription/" + token));
        model.put("calendarLink", site.absoluteUrl("/evenements/" + event.getSlug() + ".ics"));
        model.put("onlineUrl", registration.getStatus() == RegistrationStatus.CONFIRMED ? event.getOnlineUrl() : null);
        mail.queue(registration.getEmail(), template, model);
        return token;
    }

    private RegistrationView view(String token, EventRegistration registration) {
        Event event = events.findById(registration.getEventId()).orElseThrow();
        long taken = registrations.countSeats(List.of(event.getId())).stream()
                .mapToLong(EventRegistrationRepository.SeatCount::getSeats).sum();
        return new RegistrationView(token, registration.getFirstName(), registration.getLastName(),
                registration.getEmail(), registration.getOrganisation(), registration.getCompanions(),
                registration.getStatus(), calendar.detail(event, taken),
                registration.getStatus() == RegistrationStatus.CONFIRMED ? event.getOnlineUrl() : null);
    }

    /** The event is cancelled, or its registration has closed. */
    public static class RegistrationClosedException extends RuntimeException {
    }

    /** This e-mail already holds an active registration to the event. */
    public static class AlreadyRegisteredException extends RuntimeException {
    }

    /** More companions than the event allows. */
    public static class TooManyCompanionsException extends RuntimeException {

        private final int max;

        TooManyCompanionsException(int max) {
            this.max = max;
        }

        public int max() {
            return max;
        }
    }
}
