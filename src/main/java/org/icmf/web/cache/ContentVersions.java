package org.icmf.web.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of what readers see, shared by every instance through PostgreSQL: triggers bump the
 * {@code content_version} row when a commit changes posts, pages, events, comments, labels, regions, media or
 * members (V50). Each instance reads it every {@code icmf.cache.check-interval} on a thread of its own (never under a
 * scheduler lock: every instance must see it) and, when it moved, tells its listeners (the reader cache, the menu).
 * While the database is unreachable the last version read stays: what is cached keeps being served.
 */
@Component
public class ContentVersions implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContentVersions.class);

    private final JdbcClient jdbc;
    private final Duration interval;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile long version = Long.MIN_VALUE;
    private volatile ScheduledExecutorService poller;

    ContentVersions(JdbcClient jdbc, CacheProperties properties) {
        this.jdbc = jdbc;
        this.interval = properties.checkInterval();
    }

    /** The version last read; read now if the interval is zero. */
    public long current() {
        if (interval.isZero()) {
            check();
        }
        return version;
    }

    /**
     * The version last read, without reading it: for what a page shows beside the reader cache (the menu), whose
     * check before a cached answer keeps it current when the interval is zero.
     */
    public long lastRead() {
        return version;
    }

    /** Called on this thread whenever the version read differs from the one before. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Reads the version now; the listeners run if it moved. */
    public synchronized void check() {
        long read;
        try {
            read = jdbc.sql("select version from content_version")
                    .query(Long.class)
                    .single();
        } catch (DataAccessException unreachable) {
            log.debug("Content version unreadable, cached pages kept", unreachable);
            return;
        }
        if (read != version) {
            version = read;
            listeners.forEach(Runnable::run);
        }
    }

    @Override
    public void start() {
        if (interval.isZero()) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "content-version");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = poller;
        poller = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
