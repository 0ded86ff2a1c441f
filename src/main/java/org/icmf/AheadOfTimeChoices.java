package org.icmf;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A jar built ahead of time (Maven profile {@code aot}, started with {@code -Dspring.aot.enabled=true}: see
 * docs/operations.md) fixes when it is built which beans the settings make: the embedded PostgreSQL only if
 * {@code SPRING_DATASOURCE_URL} was unset then, the SMTP sender only if {@code SPRING_MAIL_HOST} was set. Started
 * with other settings, it would start a database of its own beside the one it is given, or keep every mail unsent:
 * it refuses to start instead, before any bean exists. A jar started the usual way always agrees, its beans being
 * made from the settings of the day.
 */
@Component
class AheadOfTimeChoices implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        List<String> problems = new ArrayList<>();
        boolean databaseGiven = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (databaseGiven == has(beans, EmbeddedPostgres.class)) {
            problems.add(
                    "La base de données de ce démarrage ne correspond pas à celle prévue à la construction "
                            + "(SPRING_DATASOURCE_URL) : reconstruisez avec ./mvnw -Paot package dans le même environnement. "
                            + "/ SPRING_DATASOURCE_URL differs from the ahead-of-time build's: build it again in this environment.");
        }
        boolean smtpGiven = StringUtils.hasText(environment.getProperty("spring.mail.host"))
                || StringUtils.hasText(environment.getProperty("spring.mail.jndi-name"));
        if (smtpGiven != has(beans, JavaMailSender.class)) {
            problems.add("Le serveur d'envoi de ce démarrage ne correspond pas à celui prévu à la construction "
                    + "(SPRING_MAIL_HOST) : reconstruisez avec ./mvnw -Paot package dans le même environnement. "
                    + "/ SPRING_MAIL_HOST differs from the ahead-of-time build's: build it again in this environment.");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(System.lineSeparator(), problems));
        }
    }

    private static boolean has(ConfigurableListableBeanFactory beans, Class<?> type) {
        return beans.getBeanNamesForType(type, true, false).length > 0;
    }
}
