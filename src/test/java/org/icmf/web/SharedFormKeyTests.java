package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.icmf.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Without a configured form key, every instance (here: SpamGuards built over the same database, as on several
 * instances or after a restart) signs and hashes with the one key kept in PostgreSQL.
 */
@SiteTest
class SharedFormKeyTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    /** A guard as another instance builds it: no form key configured, no minimum fill time. */
    private SpamGuard anotherInstance() {
        return new SpamGuard(
                new SpamProperties(
                        Duration.ZERO,
                        Duration.ofDays(2),
                        2,
                        List.of(),
                        Duration.ofMinutes(10),
                        5,
                        5,
                        Duration.ofMinutes(10),
                        3,
                        null),
                clock,
                jdbc,
                transactions);
    }

    @Test
    void instancesStartingTogetherAgreeOnStampsAndAddressHashes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SpamGuard>> started = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<SpamGuard> instance = () -> {
                start.await();
                SpamGuard guard = anotherInstance();
                guard.addressHash("192.0.2.1");
                return guard;
            };
            started.add(pool.submit(instance));
        }
        start.countDown();
        List<SpamGuard> guards = new ArrayList<>();
        for (Future<SpamGuard> guard : started) {
            guards.add(guard.get());
        }
        pool.shutdown();

        String stamp = guards.get(0).stamp();
        for (SpamGuard guard : guards) {
            assertThat(guard.check(stamp, "", "Bonjour")).isEqualTo(SpamGuard.Verdict.PASSED);
            assertThat(guard.addressHash("198.51.100.7"))
                    .isEqualTo(guards.get(0).addressHash("198.51.100.7"));
            assertThat(guard.emailHash("alix@example.org"))
                    .isEqualTo(guards.get(0).emailHash("alix@example.org"));
        }
        SpamGuard restarted = anotherInstance();
        assertThat(restarted.check(stamp, "", "Bonjour")).as("after a restart").isEqualTo(SpamGuard.Verdict.PASSED);
        assertThat(jdbc.sql("select count(*) from web_secret").query(Long.class).single())
                .isEqualTo(1);
    }
}
