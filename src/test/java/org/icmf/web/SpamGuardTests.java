package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.icmf.web.SpamGuard.Verdict;
import org.junit.jupiter.api.Test;

class SpamGuardTests {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Paris");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private final SpamGuard guard = new SpamGuard(
            new SpamProperties(
                    Duration.ofSeconds(3),
                    Duration.ofDays(2),
                    2,
                    List.of("viagra", " Casino en ligne "),
                    Duration.ofMinutes(10),
                    5,
                    3,
                    Duration.ofMinutes(10),
                    3,
                    "clé de test"),
            clock,
            null,
            null);

    private String stampedSecondsAgo(long seconds) {
        Instant shown = now;
        now = now.minusSeconds(seconds);
        String stamp = guard.stamp();
        now = shown;
        return stamp;
    }

    @Test
    void letsAPersonsMessageThrough() {
        assertThat(guard.check(
                        stampedSecondsAgo(20),
                        "",
                        "Bonjour, je suis d'accord avec ce profil : https://icmf.fr",
                        "Camille"))
                .isEqualTo(Verdict.PASSED);
    }

    @Test
    void catchesTheFilledHoneypotFirst() {
        assertThat(guard.check(stampedSecondsAgo(20), "http://robot.example", "Bonjour"))
                .isEqualTo(Verdict.HONEYPOT);
    }

    @Test
    void catchesAFormSentFasterThanAPersonCould() {
        assertThat(guard.check(stampedSecondsAgo(1), null, "Bonjour")).isEqualTo(Verdict.TOO_FAST);
    }

    @Test
    void showsAgainAFormWhoseStampIsMissingForgedOrTooOld() {
        String stamp = stampedSecondsAgo(20);
        String forged =
                (Long.parseLong(stamp.substring(0, stamp.indexOf('.'))) - 60_000) + stamp.substring(stamp.indexOf('.'));

        assertThat(guard.check(null, null, "Bonjour")).isEqualTo(Verdict.STALE_FORM);
        assertThat(guard.check("1234", null, "Bonjour")).isEqualTo(Verdict.STALE_FORM);
        assertThat(guard.check(forged, null, "Bonjour")).isEqualTo(Verdict.STALE_FORM);
        assertThat(guard.check(stampedSecondsAgo(3 * 24 * 3600), null, "Bonjour"))
                .isEqualTo(Verdict.STALE_FORM);
        assertThat(new SpamGuard(
                                new SpamProperties(
                                        Duration.ofSeconds(3),
                                        Duration.ofDays(2),
                                        2,
                                        List.of(),
                                        Duration.ofMinutes(10),
                                        5,
                                        3,
                                        Duration.ofMinutes(10),
                                        3,
                                        "une autre clé"),
                                clock,
                                null,
                                null)
                        .check(stamp, null, "Bonjour"))
                .as("signed with another key")
                .isEqualTo(Verdict.STALE_FORM);
    }

    @Test
    void countsLinksAcrossEveryText() {
        assertThat(guard.check(stampedSecondsAgo(20), null, "http://a.example et www.b.example", "https://c.example"))
                .isEqualTo(Verdict.SPAM_CONTENT);
        assertThat(guard.check(stampedSecondsAgo(20), null, "http://a.example et www.b.example", "Camille"))
                .isEqualTo(Verdict.PASSED);
    }

    @Test
    void findsForbiddenWordsWhateverTheCaseAndAccentsButNotInsideOtherWords() {
        assertThat(guard.check(stampedSecondsAgo(20), null, "Achetez du VIAGRA !"))
                .isEqualTo(Verdict.SPAM_CONTENT);
        assertThat(guard.check(stampedSecondsAgo(20), null, "Le casino   en-ligne de Tours"))
                .isEqualTo(Verdict.SPAM_CONTENT);
        assertThat(guard.check(stampedSecondsAgo(20), null, "Le cäsino en ligne"))
                .isEqualTo(Verdict.SPAM_CONTENT);
        assertThat(guard.check(stampedSecondsAgo(20), null, "Un casinoenligne, des viagrales"))
                .isEqualTo(Verdict.PASSED);
    }

    @Test
    void limitsTheRatePerAddressAndPerEmail() {
        assertThat(guard.tooFrequent(4, 2)).isFalse();
        assertThat(guard.tooFrequent(5, 0)).isTrue();
        assertThat(guard.tooFrequent(0, 3)).isTrue();
        assertThat(guard.rateWindowStart()).isEqualTo(now.minus(Duration.ofMinutes(10)));
    }

    @Test
    void hashesClientAddressesTheSameWayWithoutShowingThem() {
        assertThat(guard.addressHash("192.0.2.7"))
                .isEqualTo(guard.addressHash("192.0.2.7"))
                .isNotEqualTo(guard.addressHash("192.0.2.8"))
                .doesNotContain("192")
                .hasSize(43);
    }
}
