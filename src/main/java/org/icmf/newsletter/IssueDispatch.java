package org.icmf.newsletter;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.mail.MailOutbox;
import org.icmf.web.SiteProperties;
import org.icmf.web.Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands the deliveries of the issues being sent to the outbox, {@code icmf.newsletter.batch-size} every
 * {@code icmf.newsletter.batch-interval}, so that an issue never floods the outbox ahead of the site's other mails.
 * Each round is one transaction: the rows it takes are locked ({@code skip locked}, so two instances never take the
 * same), and each gets its outbox mail, its unsubscribe token and its {@code queued_at} together or not at all;
 * after a restart the next round goes on where the last committed one stopped. An issue whose deliveries are all
 * queued is {@code SENT}.
 */
@Component
@Transactional
class IssueDispatch {

    private record Due(long delivery, long issue, String email, boolean subscribed) {}

    private final JdbcClient jdbc;
    private final Issues issues;
    private final MailOutbox outbox;
    private final SiteProperties site;
    private final NewsletterProperties properties;
    private final Clock clock;

    IssueDispatch(
            JdbcClient jdbc,
            Issues issues,
            MailOutbox outbox,
            SiteProperties site,
            NewsletterProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.issues = issues;
        this.outbox = outbox;
        this.site = site;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${icmf.newsletter.batch-interval:1m}",
            initialDelayString = "${icmf.newsletter.batch-interval:1m}")
    @SchedulerLock(name = "newsletter.sending", lockAtMostFor = "PT5M")
    void dispatchOnSchedule() {
        dispatch();
    }

    /** One round: queues at most a batch of deliveries; returns how many rows it handled. */
    int dispatch() {
        List<Due> due = jdbc.sql("""
                        select d.id, d.issue_id, s.email, s.status = 'CONFIRMED' as subscribed
                        from newsletter_delivery d
                        join newsletter_issue i on i.id = d.issue_id and i.status = 'SENDING'
                        join newsletter_subscriber s on s.id = d.subscriber_id
                        where d.queued_at is null
                        order by d.issue_id, d.id
                        limit :batch
                        for update of d skip locked""")
                .param("batch", properties.batchSize())
                .query((row, n) -> new Due(row.getLong(1), row.getLong(2), row.getString(3), row.getBoolean(4)))
                .list();
        Timestamp now = Timestamp.from(clock.instant());
        Map<Long, IssueContent> contents = new HashMap<>();
        for (Due delivery : due) {
            if (!delivery.subscribed()) {
                jdbc.sql("update newsletter_delivery set skipped = true, queued_at = :now where id = :id")
                        .param("id", delivery.delivery())
                        .param("now", now)
                        .update();
                continue;
            }
            IssueContent issue = contents.computeIfAbsent(delivery.issue(), issues::content);
            String token = Tokens.random();
            String link = site.absoluteUrl(Subscriptions.UNSUBSCRIBE_PATH + token);
            long mail = outbox.queueToList(
                    delivery.email(), Issues.TEMPLATE, issues.mailModel(issue, link, false), link, issue.id());
            jdbc.sql("""
                            update newsletter_delivery set unsubscribe_token_hash = :hash, mail_id = :mail, queued_at = :now
                            where id = :id""")
                    .param("id", delivery.delivery())
                    .param("hash", Tokens.hash(token))
                    .param("mail", mail)
                    .param("now", now)
                    .update();
        }
        jdbc.sql("""
                        update newsletter_issue i set status = 'SENT', sent_at = :now
                        where status = 'SENDING' and not exists (
                            select 1 from newsletter_delivery d where d.issue_id = i.id and d.queued_at is null)""").param("now", now).update();
        issues.keepFinalFigures();
        return due.size();
    }
}
