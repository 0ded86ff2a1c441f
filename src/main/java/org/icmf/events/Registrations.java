package org.icmf.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.events.EventViews.RegistrationView;
import org.icmf.mail.MailOutbox;
import org.icmf.web.FrenchDates;
import org.icmf.web.NotFoundException;
import org.icmf.web.SiteProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering to events. A visitor's sign-up is PENDING until the address is confirmed through the e-mailed link:
 * it takes no seat, and expires after {@code icmf.events.confirmation-validity}. At confirmation, under the event's
 * row lock, the seat (or the waitlist place) is given, in the order of confirmations, so an event is never
 * overbooked. Every change of seats locks the event's row first. Each e-mail is queued in the same transaction as
 * the change it tells about (mail outbox), with a fresh link.
 */
@Service
@Transactional
public class Registrations {

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final RegistrationTokens tokens;
    private final MailRequests requests;
    private final EventCalendar calendar;
    private final MailOutbox mail;
    private final FrenchDates dates;
    private final SiteProperties site;
    private final EventProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    Registrations(
            EventRepository events,
            EventRegistrationRepository registrations,
            RegistrationTokens tokens,
            MailRequests requests,
            EventCalendar calendar,
            MailOutbox mail,
            FrenchDates dates,
            SiteProperties site,
            EventProperties properties,
            JdbcClient jdbc,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.tokens = tokens;
        this.requests = requests;
        this.calendar = calendar;
        this.mail = mail;
        this.dates = dates;
        this.site = site;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What became of a registration: confirmed or waitlisted, and the personal link's token. */
    public record Outcome(RegistrationStatus status, String token) {}

    /**
     * A visitor signs up from the event's page, from a client address (its keyed hash). Whatever the case, one
     * mail is written to the address and nothing is said on screen: a new address, or one not confirmed yet, gets
     * the link to confirm it (what was typed last is what will be confirmed); an address already registered gets
     * its personal link. The visitor sees the same page either way, so it tells nobody who is registered.
     *
     * @throws RegistrationClosedException when the event is cancelled or its registration has closed
     * @throws TooManyCompanionsException  when more companions are announced than the event allows
     * @throws TooFrequentException        when this client address or e-mail asked for too many mails lately
     */
    public void signUp(String slug, Registrant registrant, String addressHash) {
        Event event = lock(events.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("event " + slug))
                .getId());
        Instant now = clock.instant();
        checkOpen(event, registrant, now, true);
        requests.admit(addressHash, registrant.email());
        Optional<EventRegistration> active = registrations.findActive(event.getId(), registrant.email());
        if (active.isPresent() && active.get().getStatus() != RegistrationStatus.PENDING) {
            send(event, active.get(), "events/registration-link");
            return;
        }
        EventRegistration registration = active.orElse(null);
        if (registration == null) {
            registration = registrations.save(EventRegistration.pending(event.getId(), registrant, addressHash, now));
        } else {
            registration.signUpAgain(registrant, addressHash, now);
        }
        askConfirmation(event, registration);
    }

    /**
     * "Renvoyer le courriel": the address's sign-up waiting for confirmation gets a new confirmation link, its
     * registration its personal link; an address holding neither gets nothing, and the visitor is answered the
     * same way.
     *
     * @throws TooFrequentException when this client address or e-mail asked for too many mails lately
     */
    public void resend(String slug, String email, String addressHash) {
        Event event = events.findBySlug(slug).orElseThrow(() -> new NotFoundException("event " + slug));
        requests.admit(addressHash, email);
        registrations.findActive(event.getId(), email).ifPresent(registration -> mailAgain(event, registration));
    }

    /** The sign-up a confirmation link opens, while it waits: the event and what was typed, shown before the button. */
    @Transactional(readOnly = true)
    public Optional<RegistrationView> pending(String token) {
        return tokens.registrationId(token, RegistrationTokens.Purpose.CONFIRMATION, clock.instant())
                .flatMap(registrations::findById)
                .filter(registration -> registration.getStatus() == RegistrationStatus.PENDING)
                .map(registration -> view(token, registration));
    }

    /**
     * Confirms the address of a sign-up (the button of the confirmation link's page): under the event's lock the
     * seat is given if it fits, the waitlist place otherwise, and the registrant is mailed their personal link.
     * A confirmation racing with the first (two quick clicks) gets the personal link without changing anything.
     * Empty when the link is unknown, used or expired.
     *
     * @throws RegistrationClosedException when the event was cancelled or its registration closed meanwhile
     */
    public Optional<Outcome> confirm(String token) {
        Optional<Long> id = tokens.registrationId(token, RegistrationTokens.Purpose.CONFIRMATION, clock.instant());
        Optional<Long> eventId = id.flatMap(registrations::findEventId);
        if (eventId.isEmpty()) {
            return Optional.empty();
        }
        Event event = lock(eventId.get());
        // Read once the event is locked, so that a confirmation that committed meanwhile is seen, and the time
        // taken then, so that confirmed_at follows the order in which seats were given.
        Instant now = clock.instant();
        EventRegistration registration = registrations.findById(id.get()).orElse(null);
        if (registration == null || registration.getStatus() == RegistrationStatus.CANCELLED) {
            return Optional.empty();
        }
        if (registration.getStatus() != RegistrationStatus.PENDING) {
            return Optional.of(new Outcome(registration.getStatus(), link(event, registration, now)));
        }
        if (!event.isOpenForRegistration(now)) {
            throw new RegistrationClosedException();
        }
        RegistrationStatus given =
                fits(event, registration.seats()) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        registration.confirmAddress(given, now);
        registrations.flush();
        tokens.forgetConfirmations(registration.getId());
        return Optional.of(new Outcome(
                given,
                send(
                        event,
                        registration,
                        given == RegistrationStatus.CONFIRMED
                                ? "events/registration-confirmed"
                                : "events/registration-waitlisted")));
    }

    /**
     * A board member adds someone (who agreed to it) to an event: no address confirmation, the board member vouches
     * for it (a sign-up of the same address still waiting gives way). The capacity and waitlist rules apply.
     *
     * @throws RegistrationClosedException when the event is cancelled
     * @throws AlreadyRegisteredException  when this e-mail already holds an active registration to it
     * @throws TooManyCompanionsException  when more companions are announced than the event allows
     */
    public Outcome addByBoard(long eventId, Registrant registrant) {
        Event event = lock(eventId);
        Instant now = clock.instant();
        checkOpen(event, registrant, now, false);
        Optional<EventRegistration> active = registrations.findActive(event.getId(), registrant.email());
        if (active.isPresent()) {
            if (active.get().getStatus() != RegistrationStatus.PENDING) {
                throw new AlreadyRegisteredException();
            }
            registrations.delete(active.get());
            registrations.flush();
        }
        RegistrationStatus status =
                fits(event, registrant.companions() + 1) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        EventRegistration registration =
                registrations.save(EventRegistration.byBoard(event.getId(), registrant, status, now));
        String token = send(
                event,
                registration,
                status == RegistrationStatus.CONFIRMED
                        ? "events/registration-confirmed"
                        : "events/registration-waitlisted");
        return new Outcome(status, token);
    }

    /**
     * Mails a fresh link about a registration again — for the board's "renvoyer" from the sent mails, which never
     * replays a stored link: a confirmed or waitlisted registration gets its personal link, a sign-up still waiting
     * (and not expired) a new confirmation link. False, with nothing queued, when there is nothing left for a link
     * to act on (cancelled, expired, erased).
     */
    public boolean reissueLink(long registrationId) {
        return registrations
                .findById(registrationId)
                .map(registration ->
                        mailAgain(events.findById(registration.getEventId()).orElseThrow(), registration))
                .orElse(false);
    }

    /** The link a registration needs, mailed again: its personal link, or its confirmation link while it waits. */
    private boolean mailAgain(Event event, EventRegistration registration) {
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return false;
        }
        if (registration.getStatus() != RegistrationStatus.PENDING) {
            send(event, registration, "events/registration-link");
            return true;
        }
        if (!confirmationExpiry(registration).isAfter(clock.instant())) {
            return false;
        }
        askConfirmation(event, registration);
        return true;
    }

    private void checkOpen(Event event, Registrant registrant, Instant now, boolean checkDeadline) {
        if (event.isCancelled() || (checkDeadline && !event.isOpenForRegistration(now))) {
            throw new RegistrationClosedException();
        }
        if (registrant.companions() > event.getMaxCompanions()) {
            throw new TooManyCompanionsException(event.getMaxCompanions());
        }
    }

    /** Mails the link that confirms a sign-up's address; it quotes nothing the visitor typed. */
    private void askConfirmation(Event event, EventRegistration registration) {
        Instant now = clock.instant();
        Instant expires = confirmationExpiry(registration);
        String token = tokens.mint(registration.getId(), RegistrationTokens.Purpose.CONFIRMATION, now, expires);
        mail.queueWithLink(
                registration.getEmail(),
                "events/registration-confirm",
                Map.of(
                        "event", calendar.detail(event, 0),
                        "when", dates.longDateTime(event.getStartsAt()),
                        "link", site.absoluteUrl("/evenements/confirmation/" + token),
                        "until", dates.longDateTime(expires)),
                registration.getId());
    }

    private Instant confirmationExpiry(EventRegistration registration) {
        return registration.getCreatedAt().plus(properties.confirmationValidity());
    }

    /** The registration a personal link opens, with its event (and the online link, for registrants only). */
    @Transactional(readOnly = true)
    public Optional<RegistrationView> view(String token) {
        return tokens.registrationId(token, RegistrationTokens.Purpose.LINK, clock.instant())
                .flatMap(registrations::findById)
                .map(registration -> view(token, registration));
    }

    /**
     * Cancels the registration a personal link opens; the first ones of the waitlist that now fit are
     * confirmed and told. Cancelling twice changes nothing. Empty when the link opens nothing.
     */
    public Optional<RegistrationView> cancel(String token) {
        Optional<EventRegistration> found = tokens.registrationId(
                        token, RegistrationTokens.Purpose.LINK, clock.instant())
                .flatMap(registrations::findById);
        found.ifPresent(registration -> cancel(registration, true));
        return found.map(registration -> view(token, registration));
    }

    /**
     * A registration as its owner's members' space lists it.
     *
     * @param cancellable still active, for an event to come
     */
    public record OwnRegistration(
            long id,
            String eventTitle,
            String eventUrl,
            Instant startsAt,
            RegistrationStatus status,
            boolean cancellable) {}

    /** The registrations of an address (stripped, lower case), the latest event first. */
    @Transactional(readOnly = true)
    public List<OwnRegistration> of(String email) {
        Instant now = clock.instant();
        return registrations.findByEmail(email).stream()
                .map(registration -> {
                    Event event = events.findById(registration.getEventId()).orElseThrow();
                    boolean active = registration.getStatus() == RegistrationStatus.CONFIRMED
                            || registration.getStatus() == RegistrationStatus.WAITLISTED;
                    return new OwnRegistration(
                            registration.getId(),
                            event.getTitle(),
                            "/evenements/" + event.getSlug(),
                            event.getStartsAt(),
                            registration.getStatus(),
                            active
                                    && !event.isCancelled()
                                    && event.getStartsAt().isAfter(now));
                })
                .sorted(Comparator.comparing(OwnRegistration::startsAt).reversed())
                .toList();
    }

    /**
     * Cancels a registration of this address (stripped, lower case) from its owner's members' space, as their
     * personal link would; false when it is not theirs.
     */
    public boolean cancelOwn(String email, long registrationId) {
        Optional<EventRegistration> found = registrations
                .findById(registrationId)
                .filter(registration -> registration.getEmail().equalsIgnoreCase(email));
        found.ifPresent(registration -> cancel(registration, true));
        return found.isPresent();
    }

    /** A board member removes a registration; the registrant is told, the waitlist moves up. */
    public void removeByBoard(long eventId, long registrationId) {
        EventRegistration registration = registrations
                .findById(registrationId)
                .filter(found -> found.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId));
        cancel(registration, true);
    }

    private void cancel(EventRegistration registration, boolean tell) {
        if (registration.getStatus() == RegistrationStatus.CANCELLED
                || registration.getStatus() == RegistrationStatus.PENDING) {
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
            if (events.findById(registration.getEventId())
                    .orElseThrow()
                    .getStartsAt()
                    .isAfter(now)) {
                cancel(registration, false);
            }
        }
        registrations.deleteAll(held);
        return held.size();
    }

    /** Confirms, in the order addresses were confirmed, the waitlisted registrations that now fit, and tells them. */
    void promoteWaitlist(Event event) {
        if (event.isCancelled()) {
            return;
        }
        for (EventRegistration waiting : registrations.findByEventIdAndStatusOrderByConfirmedAtAscIdAsc(
                event.getId(), RegistrationStatus.WAITLISTED)) {
            if (!fits(event, waiting.seats())) {
                return;
            }
            waiting.confirm();
            registrations.flush();
            send(event, waiting, "events/waitlist-promoted");
        }
    }

    /**
     * Every quarter of an hour, the confirmed registrants of events starting within the lead time get a reminder.
     * Each is recorded under a unique key before it is queued, in the same transaction: a second run, or a run on
     * another instance, records nothing and so queues nothing.
     */
    @Scheduled(cron = "${icmf.events.reminder-cron:0 */15 * * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "events.reminders")
    public void sendReminders() {
        Instant now = clock.instant();
        for (EventRegistration registration : registrations.findToRemind(now, now.plus(properties.reminderLead()))) {
            int recorded = jdbc.sql(
                            "insert into event_reminder (registration_id, sent_at) values (:registration, :now) "
                                    + "on conflict (registration_id) do nothing")
                    .param("registration", registration.getId())
                    .param("now", Timestamp.from(now))
                    .update();
            if (recorded == 1) {
                send(events.findById(registration.getEventId()).orElseThrow(), registration, "events/reminder");
            }
        }
    }

    /**
     * Every hour, deletes the sign-ups whose address was not confirmed within {@code icmf.events.confirmation-validity}
     * (their links then open the "expired" page), and forgets the requests the rate limit no longer counts.
     */
    @Scheduled(cron = "${icmf.events.unconfirmed-purge-cron:0 10 * * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "events.unconfirmed")
    void purgeUnconfirmedOnSchedule() {
        purgeUnconfirmed();
    }

    public int purgeUnconfirmed() {
        requests.purge();
        return registrations.deletePendingBefore(clock.instant().minus(properties.confirmationValidity()));
    }

    /**
     * Every night, forgets who came to events older than {@code icmf.events.retention} (the event itself stays
     * in the calendar): personal data is kept only as long as the registration is useful.
     */
    @Scheduled(cron = "${icmf.events.retention-cron:0 45 3 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "events.retention")
    void purgeOldRegistrationsOnSchedule() {
        purgeOldRegistrations();
    }

    public int purgeOldRegistrations() {
        return registrations.deleteForEventsBefore(clock.instant().minus(properties.retention()));
    }

    /** A board member's message to everyone registered (confirmed or waiting); returns how many were written to. */
    public int messageAll(long eventId, String subject, String message) {
        Event event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId));
        List<EventRegistration> recipients = registrations.findByEventIdAndStatusInOrderByConfirmedAtAscIdAsc(
                eventId, List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED));
        for (EventRegistration registration : recipients) {
            send(event, registration, "events/message", Map.of("subject", subject, "message", message));
        }
        return recipients.size();
    }

    /** The event is cancelled: every active registrant is told (their registrations stay, for the record). */
    void tellCancellation(Event event, String message) {
        for (EventRegistration registration : registrations.findByEventIdAndStatusInOrderByConfirmedAtAscIdAsc(
                event.getId(), List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED))) {
            send(event, registration, "events/event-cancelled", Map.of("message", message == null ? "" : message));
        }
    }

    private boolean fits(Event event, int seats) {
        if (event.getCapacity() == null) {
            return true;
        }
        long taken = registrations.countSeats(List.of(event.getId())).stream()
                .mapToLong(EventRegistrationRepository.SeatCount::getSeats)
                .sum();
        return taken + seats <= event.getCapacity();
    }

    private Event lock(long eventId) {
        return events.lockById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId));
    }

    private String send(Event event, EventRegistration registration, String template) {
        return send(event, registration, template, Map.of());
    }

    /** A fresh personal link, valid until {@code link-validity} after the event; returns its token. */
    private String link(Event event, EventRegistration registration, Instant now) {
        Instant end = event.getEndsAt() != null ? event.getEndsAt() : event.getStartsAt();
        return tokens.mint(
                registration.getId(),
                RegistrationTokens.Purpose.LINK,
                now,
                (end.isAfter(now) ? end : now).plus(properties.linkValidity()));
    }

    /** Queues a mail about a registration with a fresh personal link; returns the link's token. */
    private String send(Event event, EventRegistration registration, String template, Map<String, Object> extra) {
        String token = link(event, registration, clock.instant());
        Map<String, Object> model = new HashMap<>(extra);
        model.put("firstName", registration.getFirstName());
        model.put("companions", registration.getCompanions());
        model.put("event", calendar.detail(event, 0));
        model.put("when", dates.longDateTime(event.getStartsAt()));
        model.put("link", site.absoluteUrl("/evenements/inscription/" + token));
        model.put("calendarLink", site.absoluteUrl("/evenements/" + event.getSlug() + ".ics"));
        model.put("onlineUrl", registration.getStatus() == RegistrationStatus.CONFIRMED ? event.getOnlineUrl() : null);
        mail.queueWithLink(registration.getEmail(), template, model, registration.getId());
        return token;
    }

    private RegistrationView view(String token, EventRegistration registration) {
        Event event = events.findById(registration.getEventId()).orElseThrow();
        long taken = registrations.countSeats(List.of(event.getId())).stream()
                .mapToLong(EventRegistrationRepository.SeatCount::getSeats)
                .sum();
        return new RegistrationView(
                token,
                registration.getFirstName(),
                registration.getLastName(),
                registration.getEmail(),
                registration.getOrganisation(),
                registration.getCompanions(),
                registration.getStatus(),
                calendar.detail(event, taken),
                registration.getStatus() == RegistrationStatus.CONFIRMED ? event.getOnlineUrl() : null);
    }

    /** The event is cancelled, or its registration has closed. */
    public static class RegistrationClosedException extends RuntimeException {}

    /** This e-mail already holds an active registration to the event. */
    public static class AlreadyRegisteredException extends RuntimeException {}

    /** Too many mails asked for lately from this client address or to this e-mail. */
    public static class TooFrequentException extends RuntimeException {}

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
