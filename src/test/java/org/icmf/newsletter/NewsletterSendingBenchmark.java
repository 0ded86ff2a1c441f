package org.icmf.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.icmf.mail.TestMailServer;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long an issue takes to reach 10,000 subscribers through the outbox, with the in-JVM SMTP server: the sending
 * job's rounds (rendering and queueing every mail), then the outbox sender's rounds (SMTP), each as fast as the
 * machine allows, without the pauses of their schedules. Not part of the build (its name is no test class's):
 * {@code ./mvnw -B -o test -Dtest=NewsletterSendingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; it prints
 * the figures.
 */
@SiteTest
class NewsletterSendingBenchmark {

    private static final int SUBSCRIBERS = 10_000;
    private static final String DOMAIN = "@banc.example";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Issues issues;

    @Autowired
    IssueDispatch dispatch;

    @Autowired
    TestMailServer mail;

    @Autowired
    NewsletterProperties properties;

    @AfterEach
    void removeTestData() {
        jdbc.sql("delete from newsletter_issue where title = 'Lettre du banc d''essai'")
                .update();
        jdbc.sql("delete from newsletter_subscriber where email like '%" + DOMAIN + "'")
                .update();
        jdbc.sql("delete from mail_outbox where recipient like '%" + DOMAIN + "'")
                .update();
    }

    @Test
    void sendsAnIssueToTenThousandSubscribers() {
        jdbc.sql("""
                        insert into newsletter_subscriber (email, status, created_at, consented_at, consent_source)
                        select 'abonne-' || n || :domain, 'CONFIRMED', now(), now(), 'FORM' from generate_series(1, :count) n""").param("domain", DOMAIN).param("count", SUBSCRIBERS).update();
        List<String> posts = issues.candidates().posts().stream()
                .limit(3)
                .map(post -> Long.toString(post.id()))
                .toList();
        long id = issues.create(new IssueForm(
                "Lettre du banc d'essai",
                "Bonjour à **tous** !\n\nLes nouvelles du mois, en quelques paragraphes.",
                posts,
                List.of()));
        int receivedBefore = mail.receivedCount();

        long start = System.nanoTime();
        int recipients = issues.startSending(id, new Actor(5150L, "Bureau ICMF"));
        int rounds = 0;
        while (dispatch.dispatch() > 0) {
            rounds++;
        }
        long queued = System.nanoTime();
        int senderRounds = 0;
        while (mail.deliverOneRound() > 0) {
            senderRounds++;
        }
        long sent = System.nanoTime();

        Issues.Figures figures = issues.figures(id);
        assertThat(figures.sent()).isEqualTo(recipients).isGreaterThanOrEqualTo(SUBSCRIBERS);
        assertThat(mail.receivedCount() - receivedBefore).isGreaterThanOrEqualTo(SUBSCRIBERS);
        Duration queueing = Duration.ofNanos(queued - start);
        Duration sending = Duration.ofNanos(sent - queued);
        System.out.printf(
                "NEWSLETTER BENCHMARK: %d recipients; queued in %d rounds of %d in %.1f s (%.1f ms a mail); "
                        + "sent in %d outbox rounds in %.1f s (%.1f ms a mail); total %.1f s%n",
                recipients,
                rounds,
                properties.batchSize(),
                queueing.toMillis() / 1000.0,
                queueing.toMillis() / (double) recipients,
                senderRounds,
                sending.toMillis() / 1000.0,
                sending.toMillis() / (double) recipients,
                (queueing.toMillis() + sending.toMillis()) / 1000.0);
    }
}
