package org.icmf;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * {@code icmf.scheduling.enabled}: the jobs run on their schedules, unless it is false (as in the tests); each runs on
 * one instance at a time.
 */
class SchedulingConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SchedulingConfiguration.class)
            .withBean(DataSource.class, SimpleDriverDataSource::new)
            .withBean(NightlyJob.class);

    static class NightlyJob {

        @Scheduled(cron = "0 0 3 * * *", zone = "Europe/Paris")
        void run() {}
    }

    @Test
    void schedulesTheJobsByDefault() {
        runner.run(
                context -> assertThat(context.getBean(ScheduledTaskHolder.class).getScheduledTasks())
                        .extracting(ScheduledTask::nextExecution)
                        .singleElement()
                        .isNotNull()
                        .satisfies(next -> assertThat(next).isAfter(Instant.now())));
    }

    @Test
    void schedulesNoJobWhenTurnedOff() {
        runner.withPropertyValues("icmf.scheduling.enabled=false").run(context -> {
            assertThat(context.getBean(ScheduledTaskHolder.class).getScheduledTasks())
                    .as("the job is known")
                    .isNotEmpty()
                    .extracting(ScheduledTask::nextExecution)
                    .allMatch(Objects::isNull, "never runs");
        });
    }

    @Test
    void everyJobOfTheApplicationTakesItsLockFirst() {
        ArchRuleDefinition.methods()
                .that()
                .areAnnotatedWith(Scheduled.class)
                .should()
                .beAnnotatedWith(SchedulerLock.class)
                .because("instances sharing one PostgreSQL must not run a job twice at the same time")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.icmf"));
    }
}
