package org.icmf;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/** A jar built ahead of time for other settings than the day's refuses to start, saying what to rebuild. */
class AheadOfTimeChoicesTests {

    @Test
    void startsWhenTheBeansMatchTheSettings() {
        assertThatCode(() -> check(new MockEnvironment(), EmbeddedPostgres.class))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(
                        new MockEnvironment()
                                .withProperty("spring.datasource.url", "jdbc:postgresql://db/icmf")
                                .withProperty("spring.mail.host", "smtp.example.org"),
                        JavaMailSenderImpl.class))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnEmbeddedDatabaseBuiltInWhenADatabaseIsGiven() {
        assertThatIllegalStateException()
                .isThrownBy(() -> check(
                        new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/icmf"),
                        EmbeddedPostgres.class))
                .withMessageContaining("SPRING_DATASOURCE_URL")
                .withMessageNotContaining("SPRING_MAIL_HOST");
    }

    @Test
    void refusesToStartWithoutTheEmbeddedDatabaseWhenNoDatabaseIsGiven() {
        assertThatIllegalStateException()
                .isThrownBy(() -> check(new MockEnvironment()))
                .withMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void refusesToKeepEveryMailWhenAnSmtpServerIsGivenButWasNotAtBuildTime() {
        assertThatIllegalStateException()
                .isThrownBy(() -> check(
                        new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org"),
                        EmbeddedPostgres.class))
                .withMessageContaining("SPRING_MAIL_HOST")
                .withMessageNotContaining("SPRING_DATASOURCE_URL");
        assertThatIllegalStateException()
                .isThrownBy(() -> check(new MockEnvironment(), EmbeddedPostgres.class, JavaMailSenderImpl.class))
                .withMessageContaining("SPRING_MAIL_HOST");
    }

    private static void check(MockEnvironment environment, Class<?>... beanTypes) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (Class<?> type : beanTypes) {
            beans.registerBeanDefinition(type.getSimpleName(), new RootBeanDefinition(type));
        }
        AheadOfTimeChoices choices = new AheadOfTimeChoices();
        choices.setEnvironment(environment);
        choices.postProcessBeanFactory(beans);
    }
}
