package org.icmf.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With the {@code prod} profile, refuses to start on what only suits a developer's machine: the embedded
 * PostgreSQL, a short form key, a site address without TLS, no SMTP server (mails would wait in the outbox
 * forever), a sender under the reserved {@code .example} domain, an SMTP user without a password, a legal notice
 * without its host. Checked before
 * any bean exists, so that nothing (the embedded database above all) is started first.
 */
class ProductionSettings implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "prod";
    static final int MIN_FORM_KEY_LENGTH = 32;

    /** Before the embedded PostgreSQL's early start, which must not start what this refuses. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles(PROFILE)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (environment.getProperty("spring.datasource.url", "").isBlank()) {
            problems.add("Le profil prod refuse la base PostgreSQL embarquée : définissez SPRING_DATASOURCE_URL. "
                    + "/ The prod profile refuses the embedded PostgreSQL: set SPRING_DATASOURCE_URL.");
        }
        // Unset, the key is drawn once and kept in the database (SpamGuard); set, it must be a real secret.
        String formKey = environment.getProperty("icmf.spam.form-key", "").strip();
        if (!formKey.isEmpty() && formKey.length() < MIN_FORM_KEY_LENGTH) {
            problems.add("Le profil prod demande une clé ICMF_FORM_KEY de " + MIN_FORM_KEY_LENGTH
                    + " caractères au moins (ou aucune : la base en garde une). / The prod profile needs an ICMF_FORM_KEY"
                    + " of at least " + MIN_FORM_KEY_LENGTH + " characters (or none: the database keeps one).");
        }
        if (!environment.getProperty("icmf.site.base-url", "").startsWith("https://")) {
            problems.add("Le profil prod demande une adresse ICMF_BASE_URL en https://. "
                    + "/ The prod profile needs an https:// ICMF_BASE_URL.");
        }
        if (environment.getProperty("spring.mail.host", "").isBlank()) {
            problems.add(
                    "Le profil prod demande un serveur d'envoi SPRING_MAIL_HOST (sans lui, aucun courriel "
                            + "ne part). / The prod profile needs an SMTP server in SPRING_MAIL_HOST (without it no mail leaves).");
        }
        if (isReservedExampleAddress(environment.getProperty("icmf.mail.from", ""))) {
            problems.add("Le profil prod demande l'adresse d'expédition ICMF_MAIL_FROM de l'association. "
                    + "/ The prod profile needs the association's sender address in ICMF_MAIL_FROM.");
        }
        if (!environment.getProperty("spring.mail.username", "").isBlank()
                && environment.getProperty("spring.mail.password", "").isBlank()) {
            problems.add("Le profil prod demande SPRING_MAIL_PASSWORD avec SPRING_MAIL_USERNAME. "
                    + "/ The prod profile needs SPRING_MAIL_PASSWORD along with SPRING_MAIL_USERNAME.");
        }
        // The legal notice names the host (LCEN art. 6-III); the defaults are visible "à renseigner" texts.
        for (String fact : List.of("name", "address", "phone")) {
            String value = environment.getProperty("icmf.legal.host." + fact, "");
            if (value.isBlank() || value.contains("à renseigner")) {
                String variable = "ICMF_LEGAL_HOST_" + fact.toUpperCase(Locale.ROOT);
                problems.add("Le profil prod demande l'hébergeur pour les mentions légales : " + variable
                        + ". / The prod profile needs the host for the legal notice: " + variable + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(String.join(System.lineSeparator(), problems));
        }
    }

    /** The default sender, {@code ICMF <ne-pas-repondre@icmf.example>}, or any other that can never be delivered. */
    private static boolean isReservedExampleAddress(String from) {
        String address = from.strip();
        if (address.endsWith(">")) {
            address = address.substring(0, address.length() - 1);
        }
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return address.isEmpty() || domain.equals("example") || domain.endsWith(".example");
    }
}
