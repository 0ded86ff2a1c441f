package org.icmf.support;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application sends to PostgreSQL, to prove list pages have no N+1. Spring Session's
 * own statements are left out: readers have no session, but once a test used MockMvc's {@code csrf()}, which swaps
 * the shared CSRF filter's cookie repository for a session-based one, a page with a form opens one.
 */
@TestComponent
public class SqlStatementCounter implements BeanPostProcessor {

    private final AtomicInteger statements = new AtomicInteger();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .afterQuery((execution, queries) -> statements.addAndGet((int) queries.stream()
                            .filter(query -> !query.getQuery().toLowerCase(Locale.ROOT).contains("security_session"))
                            .count()))
                    .build();
        }
        return bean;
    }

    public void reset() {
        statements.set(0);
    }

    public int count() {
        return statements.get();
    }
}
