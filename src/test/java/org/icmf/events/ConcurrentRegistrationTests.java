package org.icmf.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.icmf.support.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fifty people who signed up confirm their addresses at the same moment for the last ten places: the seats go to ten
 * of them, the others to the waitlist, and the event is never overbooked.
 */
@SiteTest
class ConcurrentRegistrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventEditor editor;

    @Autowired
    Registrations registrations;

    @AfterEach
    void removeTestEvents() {
        EventFixtures.removeTestEvents(jdbc);
    }

    @Test
    void fiftyParallelConfirmationsForTheLastTenPlacesNeverOverbook() throws Exception {
        long id = editor.create(EventFixtures.cafe("Essai affluence", 10, 30, 0, null), EventFixtures.BOARD);
        String slug = EventFixtures.slug(jdbc, id);
        for (int i = 0; i < 20; i++) {
            registrations.addByBoard(
                    id, new Registrant("Déjà", "Inscrit " + i, "deja" + i + "@essai.example", null, 0));
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String email = "ruee" + i + "@essai.example";
            registrations.signUp(slug, new Registrant("Ruée", "N° " + i, email, null, 0), "adresse-" + i);
            tokens.add(EventFixtures.confirmationToken(jdbc, email));
        }
        assertThat(jdbc.sql("select count(*) from event_registration where event_id = :id and status = 'PENDING'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("signed up, no seat taken yet")
                .isEqualTo(50);

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Registrations.Outcome>> outcomes = new ArrayList<>();
        for (String token : tokens) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return registrations.confirm(token).orElseThrow();
            }));
        }
        start.countDown();
        List<RegistrationStatus> statuses = new ArrayList<>();
        for (Future<Registrations.Outcome> outcome : outcomes) {
            statuses.add(outcome.get().status());
        }
        pool.shutdown();

        assertThat(statuses)
                .filteredOn(status -> status == RegistrationStatus.CONFIRMED)
                .hasSize(10);
        assertThat(statuses)
                .filteredOn(status -> status == RegistrationStatus.WAITLISTED)
                .hasSize(40);
        assertThat(jdbc.sql(
                                "select sum(1 + companions) from event_registration where event_id = :id and status = 'CONFIRMED'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(30);
        assertThat(jdbc.sql("""
                select count(*) from event_registration r
                where r.event_id = :id and r.status = 'WAITLISTED' and r.confirmed_at < (select max(c.confirmed_at)
                    from event_registration c where c.event_id = :id and c.status = 'CONFIRMED' and c.email like 'ruee%')""").param("id", id).query(Long.class).single())
                .as("the seats went in the order of confirmations")
                .isZero();
    }
}
