package org.icmf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.env.MockEnvironment;

/** The prod profile refuses to start on a developer's settings, saying which in one sentence each. */
class ProductionSettingsTests {

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/icmf")
                .withProperty("icmf.spam.form-key", "k".repeat(ProductionSettings.MIN_FORM_KEY_LENGTH))
                .withProperty("icmf.site.base-url", "https://www.icmf.example")
                .withProperty("spring.mail.host", "smtp.icmf.example")
                .withProperty("icmf.mail.from", "ICMF <bureau@icmf.fr>")
                .withProperty("icmf.legal.host.name", "OVH SAS")
                .withProperty("icmf.legal.host.address", "2 rue Kellermann, 59100 Roubaix")
                .withProperty("icmf.legal.host.phone", "1007");
        environment.setActiveProfiles("prod");
        return environment;
    }

    private static String refusal(MockEnvironment environment) {
        Throwable failure = catchThrowable(
                () -> new ProductionSettings().postProcessEnvironment(environment, new SpringApplication()));
        assertThat(failure).isInstanceOf(InvalidSettingsException.class);
        return new InvalidSettingsFailureAnalyzer().analyze(failure).getDescription();
    }

    @Test
    void startsWithAServerDatabaseAFormKeyAnHttpsAddressAndAMailServer() {
        assertThatCode(() -> new ProductionSettings().postProcessEnvironment(production(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void startsWithoutAFormKeySinceTheDatabaseKeepsOne() {
        MockEnvironment environment = production().withProperty("icmf.spam.form-key", "");
        assertThatCode(() -> new ProductionSettings().postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesTheEmbeddedDatabase() {
        MockEnvironment environment = production().withProperty("spring.datasource.url", "");
        assertThat(refusal(environment))
                .isEqualTo("Le profil prod refuse la base PostgreSQL embarquée : "
                        + "définissez SPRING_DATASOURCE_URL. / The prod profile refuses the embedded PostgreSQL: "
                        + "set SPRING_DATASOURCE_URL.");
    }

    @Test
    void refusesAShortFormKeyAndAnHttpAddressAllAtOnce() {
        MockEnvironment environment = production()
                .withProperty("icmf.spam.form-key", "court")
                .withProperty("icmf.site.base-url", "http://www.icmf.example");
        assertThat(refusal(environment).lines())
                .hasSize(2)
                .anyMatch(line -> line.startsWith("Le profil prod demande une clé ICMF_FORM_KEY de 32 caractères"))
                .anyMatch(line -> line.startsWith("Le profil prod demande une adresse ICMF_BASE_URL en https://"));
    }

    @Test
    void refusesToRunWithoutAMailServerOrWithTheExampleSender() {
        MockEnvironment environment = production()
                .withProperty("spring.mail.host", " ")
                .withProperty("icmf.mail.from", "ICMF <ne-pas-repondre@icmf.example>");
        assertThat(refusal(environment).lines())
                .hasSize(2)
                .anyMatch(line -> line.startsWith("Le profil prod demande un serveur d'envoi SPRING_MAIL_HOST"))
                .anyMatch(line -> line.startsWith("Le profil prod demande l'adresse d'expédition ICMF_MAIL_FROM"));
    }

    @Test
    void refusesALegalNoticeWithoutItsHost() {
        MockEnvironment environment = production()
                .withProperty("icmf.legal.host.name", "Hébergeur à renseigner (icmf.legal.host.name)")
                .withProperty("icmf.legal.host.phone", "");
        assertThat(refusal(environment).lines())
                .containsExactly(
                        "Le profil prod demande l'hébergeur pour les mentions légales : ICMF_LEGAL_HOST_NAME. / The prod "
                                + "profile needs the host for the legal notice: ICMF_LEGAL_HOST_NAME.",
                        "Le profil prod demande l'hébergeur pour les mentions légales : ICMF_LEGAL_HOST_PHONE. / The prod "
                                + "profile needs the host for the legal notice: ICMF_LEGAL_HOST_PHONE.");
    }

    @Test
    void refusesAnSmtpUserWithoutItsPassword() {
        MockEnvironment environment = production().withProperty("spring.mail.username", "icmf");
        assertThat(refusal(environment))
                .startsWith("Le profil prod demande SPRING_MAIL_PASSWORD avec " + "SPRING_MAIL_USERNAME.");
        assertThatCode(() -> new ProductionSettings()
                        .postProcessEnvironment(
                                environment.withProperty("spring.mail.password", "secret"), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void leavesOtherProfilesAlone() {
        MockEnvironment developer = new MockEnvironment();
        assertThatCode(() -> new ProductionSettings().postProcessEnvironment(developer, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void stopsSpringBootBeforeAnyBeanWithOneSentenceAndNoStackTrace(CapturedOutput output) {
        SpringApplication application = new SpringApplication(ProductionSettingsTests.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // Only what reads the settings: no logging system reset in this shared test JVM.
        application.setListeners(List.of(new EnvironmentPostProcessorApplicationListener()));

        assertThatThrownBy(() -> application.run(
                        "--spring.profiles.active=prod",
                        "--spring.datasource.url=",
                        "--icmf.spam.form-key=" + "k".repeat(ProductionSettings.MIN_FORM_KEY_LENGTH),
                        "--icmf.site.base-url=https://www.icmf.example",
                        "--spring.mail.host=smtp.icmf.example",
                        "--icmf.mail.from=bureau@icmf.fr",
                        "--icmf.legal.host.name=OVH SAS",
                        "--icmf.legal.host.address=Roubaix",
                        "--icmf.legal.host.phone=1007"))
                .isInstanceOf(InvalidSettingsException.class);

        assertThat(output)
                .contains(
                        "APPLICATION FAILED TO START",
                        "Le profil prod refuse la base PostgreSQL embarquée : définissez SPRING_DATASOURCE_URL.")
                .doesNotContain("at org.icmf");
    }

    @Test
    void makesSessionAndCsrfCookiesSecure() throws IOException {
        Properties prod = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"));
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    }
}
