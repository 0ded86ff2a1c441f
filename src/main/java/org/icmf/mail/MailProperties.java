package org.icmf.mail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox's settings; the SMTP server itself is configured by Spring Boot's {@code spring.mail.*}
 * (from the environment: {@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, …).
 *
 * @param from         the From header of every mail, e.g. {@code ICMF <ne-pas-repondre@icmf.example>}
 * @param sendInterval pause between two rounds of the sender (also its delay after start-up)
 * @param maxAttempts  SMTP attempts before a mail is given up ({@code FAILED})
 * @param batchSize    mails sent at most in one round
 * @param retention    how long a mail is kept once sent, kept or given up (with its attachments); a nightly job
 *                     deletes older ones
 */
@ConfigurationProperties("icmf.mail")
@Validated
record MailProperties(
        @DefaultValue("ICMF <ne-pas-repondre@icmf.example>") @NotBlank
        String from,

        @DefaultValue("10s") Duration sendInterval,
        @DefaultValue("6") @Min(1) @Max(20) int maxAttempts,
        @DefaultValue("20") @Min(1) @Max(500) int batchSize,
        @DefaultValue("90d") Duration retention) {}
