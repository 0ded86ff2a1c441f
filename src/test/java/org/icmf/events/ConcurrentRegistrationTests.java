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

/** Fifty people rushing for the last ten places never overbook the event. */
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
    void fiftyParallelRegistrationsForTheLastTenPlacesNeverOverbook() throws Exception {
        String slug = EventFixtures.slug(jdbc, editor.create(EventFixtures.cafe("Essai affluence", 10, 30, 0, null),
                EventFixtures.BOARD));
        for (int i = 0; i < 20; i++) {
            registrations.register(slug, new Registrant("Déjà", "Inscrit " + i, "deja" + i + "@essai.example", null, 0));
        }

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Registrations.Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String email = "ruee" + i + "@essai.example";
            outcomes.add(pool.submit(() -> {
                start.await();
                return registrations.register(slug, new Registrant("Ruée", "N° " + email, email, null, 0));
            }));
        }
        start.countDown();
        List<RegistrationStatus> statuses = new ArrayList<>();
        for (Future<Registrations.Outcome> outcome : outcomes) {
            statuses.add(outcome.get().status());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(status -> status == RegistrationStatus.CONFIRMED).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == RegistrationStatus.WAITLISTED).hasSize(40);
        assertThat(jdbc.sql("select sum(1 + r.companions) from event_registration r join event e on e.id = r.event_id "
                + "where e.slug = :slug and r.status = 'CONFIRMED'").param("slug", slug).query(Long.class).single())
                .isEqualTo(30);
    }
}
