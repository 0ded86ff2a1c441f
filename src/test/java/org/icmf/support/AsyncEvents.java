package org.icmf.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Module listeners ({@code @ApplicationModuleListener}) run asynchronously after commit; a completed
 * publication is deleted from the registry (spring.modulith.events.completion-mode=delete), so an empty
 * registry means every side effect so far has happened.
 */
public final class AsyncEvents {

    private AsyncEvents() {}

    public static void awaitHandled(JdbcClient jdbc) {
        Awaitility.await("events handled after commit")
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(jdbc.sql("select event_type || ' → ' || listener_id from event_publication")
                                        .query(String.class)
                                        .list())
                                .as("events still unhandled")
                                .isEmpty());
    }
}
