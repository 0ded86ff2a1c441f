package org.icmf.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Per-event queries walk {@code event_registration_event_idx (event_id, status, created_at, id)}. */
interface EventRegistrationRepository extends JpaRepository<EventRegistration, Long> {

    /** Seats taken (registrants and their companions) by the confirmed registrations of some events. */
    default List<SeatCount> countSeats(Collection<Long> eventIds) {
        return countSeatsOf(eventIds.toArray(Long[]::new));
    }

    /**
     * The ids as one array parameter: a statement of one shape whatever their number. An id list in JPQL is
     * translated again at each call (and Hibernate tries each list as an id first, with an exception).
     */
    @Query(nativeQuery = true, value = """
            select event_id as "eventId", sum(1 + companions) as "seats" from event_registration
            where event_id = any(:eventIds) and status = 'CONFIRMED'
            group by event_id""")
    List<SeatCount> countSeatsOf(@Param("eventIds") Long[] eventIds);

    /** Registrations and people (with companions) per event and status, for the admin lists. */
    default List<StatusCount> countByStatus(Collection<Long> eventIds) {
        return countByStatusOf(eventIds.toArray(Long[]::new));
    }

    @Query(nativeQuery = true, value = """
            select event_id as "eventId", status as "status", count(*) as "registrations",
                   sum(1 + companions) as "people"
            from event_registration where event_id = any(:eventIds) group by event_id, status""")
    List<StatusCount> countByStatusOf(@Param("eventIds") Long[] eventIds);

    interface StatusCount {
        Long getEventId();

        RegistrationStatus getStatus();

        Long getRegistrations();

        Long getPeople();
    }

    interface SeatCount {
        Long getEventId();

        Long getSeats();
    }

    @Query("""
            select r from EventRegistration r
            where r.eventId = :eventId and r.email = :email and r.status <> org.icmf.events.RegistrationStatus.CANCELLED""")
    Optional<EventRegistration> findActive(@Param("eventId") long eventId, @Param("email") String email);

    /** Every registration of an address (lower case), for its owner's RGPD requests. */
    @Query("select r from EventRegistration r where lower(r.email) = :email order by r.id")
    List<EventRegistration> findByEmail(@Param("email") String email);

    /** The event of a registration, read without loading the registration (which is loaded once its event is locked). */
    @Query("select r.eventId from EventRegistration r where r.id = :id")
    Optional<Long> findEventId(@Param("id") long id);

    /** In the order addresses were confirmed: the waitlist's order. */
    List<EventRegistration> findByEventIdAndStatusOrderByConfirmedAtAscIdAsc(long eventId, RegistrationStatus status);

    /** Every registration of an event, in the order of confirmations, then the sign-ups still unconfirmed. */
    @Query("select r from EventRegistration r where r.eventId = :eventId order by r.confirmedAt asc nulls last, r.id")
    List<EventRegistration> findForBoard(@Param("eventId") long eventId);

    List<EventRegistration> findByEventIdAndStatusInOrderByConfirmedAtAscIdAsc(
            long eventId, Collection<RegistrationStatus> statuses);

    /** Deletes the sign-ups whose address was not confirmed in time (their confirmation links go by cascade). */
    @Modifying
    @Query(
            "delete from EventRegistration r where r.status = org.icmf.events.RegistrationStatus.PENDING and r.createdAt < :cutoff")
    int deletePendingBefore(@Param("cutoff") Instant cutoff);

    /** Deletes the registrations (and, by cascade, their links) of events that started before {@code cutoff}. */
    @Modifying
    @Query("delete from EventRegistration r where r.eventId in (select e.id from Event e where e.startsAt < :cutoff)")
    int deleteForEventsBefore(@Param("cutoff") Instant cutoff);

    /** Confirmed registrations to events starting in the window, without a recorded reminder. */
    @Query(nativeQuery = true, value = """
            select r.* from event_registration r join event e on e.id = r.event_id
            where not e.cancelled and e.starts_at > :from and e.starts_at <= :to and r.status = 'CONFIRMED'
              and not exists (select 1 from event_reminder m where m.registration_id = r.id)
            order by r.id""")
    List<EventRegistration> findToRemind(@Param("from") Instant from, @Param("to") Instant to);
}
