package org.icmf.newsletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param batchSize             mails of an issue handed to the outbox at most in one round of the sending job
 * @param batchInterval         pause between two rounds: with {@code batchSize}, the sending rate (keep it within
 *                              the outbox's own, {@code icmf.mail.batch-size} per {@code icmf.mail.send-interval}, so
 *                              that other mails never wait behind an issue)
 * @param confirmationValidity  how long a confirmation link works; an unconfirmed subscription is deleted after it
 * @param unsubscribedRetention how long an unsubscribed address is kept (with its dates, as proof) before deletion
 * @param purgeCron             when unconfirmed and old unsubscribed addresses are deleted
 * @param recentPosts           how many recent posts the board picks from when composing
 */
@ConfigurationProperties("icmf.newsletter")
@Validated
record NewsletterProperties(
        @DefaultValue("100") @Min(1) @Max(1000) int batchSize,
        @DefaultValue("1m") Duration batchInterval,
        @DefaultValue("7d") Duration confirmationValidity,
        @DefaultValue("365d") Duration unsubscribedRetention,
        @DefaultValue("0 45 4 * * *") String purgeCron,
        @DefaultValue("12") @Min(1) @Max(50) int recentPosts) {}
