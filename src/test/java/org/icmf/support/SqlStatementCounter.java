package org.icmf.support;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application sends to PostgreSQL, to prove list pages have no N+1; also those of the
 * calling thread alone, for comparisons that other threads (event handlers, jobs) must not disturb. Spring Session's
 * own statements are left out: readers have no session, but once a test used MockMvc's {@code csrf()}, which swaps
 * the shared CSRF filter's cookie repository for a session-based one, a page with a form opens one.
 */
@TestComponent
public class SqlStatementCounter implements BeanPostProcessor {

    private final AtomicInteger statements = new AtomicInteger();
    private final ThreadLocal<int[]> onThisThread = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .afterQuery((execution, queries) -> {
                        int counted = (int) queries.stream()
                                .filter(query -> !query.getQuery()
                                        .toLowerCase(Locale.ROOT)
                                        .contains("security_session"))
                                .count();
                        statements.addAndGet(counted);
                        onThisThread.get()[0] += counted;
                    })
                    .build();
        }
        return bean;
    }

    public void reset() {
        statements.set(0);
        onThisThread.get()[0] = 0;
    }

    public int count() {
        return statements.get();
    }

    /** The statements the calling thread sent since it called {@link #reset()}. */
    public int countOnThisThread() {
        return onThisThread.get()[0];
    }
}
