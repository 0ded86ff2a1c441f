package org.icmf;

import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/**
 * Several instances may run on one PostgreSQL: each scheduled job annotated {@code @SchedulerLock} first takes
 * its row of the {@code shedlock} table, so it runs on one instance at a time; the others skip that run. Times
 * are the database's, so the instances' clocks need not agree. A lock is held at most 30 minutes (a job that dies
 * with its instance frees it then) unless the job says otherwise.
 */
@Configuration(proxyBeanMethods = false)
// Outermost advice: the lock is taken before a job's transaction begins and released after it commits.
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", order = Ordered.HIGHEST_PRECEDENCE)
@EnableScheduling
@EnableConfigurationProperties(SchedulingProperties.class)
class SchedulingConfiguration {

    /**
     * With {@code icmf.scheduling.enabled=false} (the tests, which call the jobs they check) no job runs on its own:
     * the tasks are dropped before they are scheduled, rather than scheduling left off, since libraries may turn it
     * on too (Spring Modulith's Moments does, in the tests).
     */
    @Bean
    SchedulingConfigurer schedules(SchedulingProperties scheduling) {
        return registrar -> {
            if (!scheduling.enabled()) {
                registrar.setTriggerTasksList(List.of());
                registrar.setCronTasksList(List.of());
                registrar.setFixedRateTasksList(List.of());
                registrar.setFixedDelayTasksList(List.of());
            }
        };
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
