package org.icmf.support;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Module listeners ({@code @ApplicationModuleListener}) run asynchronously after commit; a completed
 * publication is deleted from the registry (spring.modulith.events.completion-mode=delete), so an empty
 * registry means every side effect so far has happened.
 */
public final class AsyncEvents {

    private AsyncEvents() {
    }

    public static void awaitHandled(JdbcClient jdbc) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (jdbc.sql("select count(*) from event_publication").query(Long.class).single() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("events still unhandled after 10 s: " + jdbc.sql(
                        "select string_agg(event_type || ' → ' || listener_id, ', ') from event_publication")
                        .query(String.class).single());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
