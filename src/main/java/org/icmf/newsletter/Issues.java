package org.icmf.newsletter;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icmf.blog.BlogService;
import org.icmf.blog.BlogViews.PostSummary;
import org.icmf.events.EventCalendar;
import org.icmf.events.EventViews.EventSummary;
import org.icmf.mail.MailOutbox;
import org.icmf.newsletter.IssueContent.Item;
import org.icmf.web.Actor;
import org.icmf.web.FrenchDates;
import org.icmf.web.Markdown;
import org.icmf.web.NotFoundException;
import org.icmf.web.SiteProperties;
import org.jsoup.Jsoup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issues of the newsletter: the board composes a draft (an introduction, posts and upcoming events picked from
 * lists, kept as they were when picked), previews it, mails a test to itself, then starts its sending once: every
 * confirmed subscriber gets one delivery row, which {@link IssueDispatch} turns into outbox mails in batches.
 */
@Service
@Transactional
class Issues {

    static final String TEMPLATE = "newsletter/issue";

    /** The outbox reference of test mails: no issue has it, so tests never count in an issue's figures. */
    private static final long TEST_REFERENCE = 0;

    private static final int SUMMARY_LENGTH = 280;

    enum Status {
        DRAFT,
        SENDING,
        SENT
    }

    /** An issue in the board's list, with its figures once sent. */
    record IssueRow(
            long id, Integer number, String title, Status status, Instant updatedAt, Instant sentAt, Figures figures) {}

    /**
     * @param recipients     confirmed subscribers when the sending started
     * @param skipped        unsubscribed before their turn came: not mailed
     * @param sent           accepted by the SMTP server
     * @param kept           kept unsent for lack of an SMTP server (development)
     * @param waiting        queued or not yet queued
     * @param failed         given up after the outbox's last attempt
     * @param unsubscribedSince recipients unsubscribed since the sending started
     */
    record Figures(
            long recipients, long skipped, long sent, long kept, long waiting, long failed, long unsubscribedSince) {}

    /** What the board picks from when composing. */
    record Candidates(List<PostSummary> posts, List<EventSummary> events) {}

    private final JdbcClient jdbc;
    private final BlogService blog;
    private final EventCalendar calendar;
    private final MailOutbox outbox;
    private final SiteProperties site;
    private final FrenchDates dates;
    private final NewsletterProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Markdown markdown = new Markdown();

    Issues(
            JdbcClient jdbc,
            BlogService blog,
            EventCalendar calendar,
            MailOutbox outbox,
            SiteProperties site,
            FrenchDates dates,
            NewsletterProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.blog = blog;
        this.calendar = calendar;
        this.outbox = outbox;
        this.site = site;
        this.dates = dates;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Candidates candidates() {
        return new Candidates(
                blog.recent(properties.recentPosts()),
                // The next fifty: as many as an issue can hold (IssueForm), the ones further ahead not yet news.
                calendar.upcoming(PageRequest.of(0, 50)).stream()
                        .filter(event -> !event.cancelled())
                        .toList());
    }

    @Transactional(readOnly = true)
    List<IssueRow> list() {
        return jdbc.sql("select id, number, title, status, updated_at, sent_at from newsletter_issue "
                        + "order by number desc nulls first, updated_at desc, id desc")
                .query((row, n) -> {
                    Status status = Status.valueOf(row.getString("status"));
                    long id = row.getLong("id");
                    return new IssueRow(
                            id,
                            (Integer) row.getObject("number"),
                            row.getString("title"),
                            status,
                            row.getTimestamp("updated_at").toInstant(),
                            row.getTimestamp("sent_at") == null
                                    ? null
                                    : row.getTimestamp("sent_at").toInstant(),
                            status == Status.DRAFT ? null : figures(id));
                })
                .list();
    }

    /** Subscribers who receive the next issue, and addresses waiting for their owner's confirmation. */
    @Transactional(readOnly = true)
    Map<String, Long> subscriberCounts() {
        Map<String, Long> counts = new HashMap<>(Map.of("CONFIRMED", 0L, "PENDING", 0L, "UNSUBSCRIBED", 0L));
        jdbc.sql("select status, count(*) from newsletter_subscriber group by status")
                .query((row, n) -> counts.put(row.getString(1), row.getLong(2)))
                .list();
        return counts;
    }

    @Transactional(readOnly = true)
    Status status(long id) {
        return jdbc.sql("select status from newsletter_issue where id = :id")
                .param("id", id)
                .query((row, n) -> Status.valueOf(row.getString(1)))
                .optional()
                .orElseThrow(() -> new NotFoundException("newsletter issue " + id));
    }

    /** The form of a draft, its picks included. */
    @Transactional(readOnly = true)
    IssueForm form(long id) {
        IssueContent issue = content(id);
        return new IssueForm(
                issue.title(),
                issue.introductionMarkdown(),
                issue.posts().stream().map(Item::reference).toList(),
                issue.events().stream().map(Item::reference).toList());
    }

    long create(IssueForm form) {
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into newsletter_issue (title, introduction_markdown, introduction_html, status, created_at, updated_at)
                        values (:title, '', '', 'DRAFT', :now, :now) returning id""")
                .param("title", form.title().strip())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        update(id, form);
        return id;
    }

    /**
     * Saves a draft; the picked posts and events are kept as the lists show them now (a pick no longer listed is
     * dropped). An issue whose sending started cannot change.
     */
    void update(long id, IssueForm form) {
        String introduction = form.introductionText();
        int changed = jdbc.sql("""
                        update newsletter_issue set title = :title, introduction_markdown = :markdown,
                            introduction_html = :html, updated_at = :now
                        where id = :id and status = 'DRAFT'""")
                .param("id", id)
                .param("title", form.title().strip())
                .param("markdown", introduction)
                .param("html", markdown.render(introduction).html())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (changed == 0) {
            status(id);
            throw new AlreadySentException();
        }
        jdbc.sql("delete from newsletter_issue_item where issue_id = :id")
                .param("id", id)
                .update();
        Candidates candidates = candidates();
        int position = 0;
        for (PostSummary post : candidates.posts()) {
            if (form.pickedPosts().contains(Long.toString(post.id()))) {
                insertItem(
                        id,
                        position++,
                        "POST",
                        new Item(
                                Long.toString(post.id()),
                                post.title(),
                                post.url(),
                                dates.longDate(post.date()),
                                summary(post.excerptHtml())));
            }
        }
        for (EventSummary event : candidates.events()) {
            if (form.pickedEvents().contains(event.slug())) {
                insertItem(
                        id,
                        position++,
                        "EVENT",
                        new Item(
                                event.slug(),
                                event.title(),
                                event.url(),
                                dates.span(event.startsAt(), event.endsAt()) + " — " + event.place(),
                                event.category()));
            }
        }
    }

    private void insertItem(long issueId, int position, String kind, Item item) {
        jdbc.sql("""
                        insert into newsletter_issue_item (issue_id, position, kind, reference, title, url, detail, summary)
                        values (:issue, :position, :kind, :reference, :title, :url, :detail, :summary)""")
                .param("issue", issueId)
                .param("position", position)
                .param("kind", kind)
                .param("reference", item.reference())
                .param("title", cut(item.title(), 300))
                .param("url", item.href())
                .param("detail", cut(item.detail(), 300))
                .param("summary", item.summary())
                .update();
    }

    private static String summary(String excerptHtml) {
        return cut(Jsoup.parse(excerptHtml == null ? "" : excerptHtml).text(), SUMMARY_LENGTH);
    }

    private static String cut(String text, int max) {
        return text == null
                ? ""
                : text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    /** An issue as its mail shows it. */
    @Transactional(readOnly = true)
    IssueContent content(long id) {
        IssueContent issue = jdbc.sql("""
                        select id, number, title, introduction_html, introduction_markdown from newsletter_issue
                        where id = :id""")
                .param("id", id)
                .query((row, n) -> new IssueContent(
                        row.getLong("id"),
                        (Integer) row.getObject("number"),
                        row.getString("title"),
                        row.getString("introduction_html"),
                        row.getString("introduction_markdown"),
                        new ArrayList<>(),
                        new ArrayList<>()))
                .optional()
                .orElseThrow(() -> new NotFoundException("newsletter issue " + id));
        jdbc.sql("select kind, reference, title, url, detail, summary from newsletter_issue_item "
                        + "where issue_id = :id order by position")
                .param("id", id)
                .query((row, n) -> {
                    Item item = new Item(
                            row.getString("reference"),
                            row.getString("title"),
                            site.absoluteUrl(row.getString("url")),
                            row.getString("detail"),
                            row.getString("summary"));
                    return ("POST".equals(row.getString("kind")) ? issue.posts() : issue.events()).add(item);
                })
                .list();
        return issue;
    }

    /** A sent issue, by its number, for the archive. */
    @Transactional(readOnly = true)
    Optional<IssueContent> archived(int number) {
        return jdbc.sql("select id from newsletter_issue where number = :number and status <> 'DRAFT'")
                .param("number", number)
                .query(Long.class)
                .optional()
                .map(this::content);
    }

    /** Every sent issue, newest first: number, title, when. */
    @Transactional(readOnly = true)
    List<IssueRow> archive() {
        return jdbc.sql("select id, number, title, sending_started_at from newsletter_issue "
                        + "where status <> 'DRAFT' order by number desc")
                .query((row, n) -> new IssueRow(
                        row.getLong("id"),
                        row.getInt("number"),
                        row.getString("title"),
                        Status.SENT,
                        row.getTimestamp("sending_started_at").toInstant(),
                        row.getTimestamp("sending_started_at").toInstant(),
                        null))
                .list();
    }

    /** The variables of an issue's mail (and of its preview), with the recipient's unsubscribe link. */
    Map<String, Object> mailModel(IssueContent issue, String unsubscribeUrl, boolean test) {
        Map<String, Object> model = new HashMap<>();
        model.put("issue", issue);
        model.put("test", test);
        model.put("unsubscribeLink", unsubscribeUrl);
        model.put("subscribeLink", site.absoluteUrl("/lettre"));
        model.put(
                "archiveLink",
                site.absoluteUrl(issue.number() == null ? "/lettre/archives" : "/lettre/archives/" + issue.number()));
        return model;
    }

    /** The mail as a subscriber will read it, with a link that unsubscribes no one. */
    @Transactional(readOnly = true)
    MailOutbox.Preview preview(long id) {
        return outbox.preview(TEMPLATE, mailModel(content(id), exampleUnsubscribeLink(), false));
    }

    /** Mails the issue, as it stands, to a board member's own address; its unsubscribe link unsubscribes no one. */
    void sendTest(long id, String email) {
        String link = exampleUnsubscribeLink();
        outbox.queueToList(email, TEMPLATE, mailModel(content(id), link, true), link, TEST_REFERENCE);
    }

    private String exampleUnsubscribeLink() {
        return site.absoluteUrl(Subscriptions.UNSUBSCRIBE_PATH + "essai");
    }

    /**
     * Starts sending a draft to every confirmed subscriber, once: the issue takes the next number and one delivery
     * row per subscriber, all in this transaction; a second call finds it no longer a draft.
     *
     * @return the number of recipients
     * @throws AlreadySentException when its sending already started
     * @throws NoSubscriberException when nobody would receive it
     */
    int startSending(long id, Actor actor) {
        Status status = jdbc.sql("select status from newsletter_issue where id = :id for update")
                .param("id", id)
                .query((row, n) -> Status.valueOf(row.getString(1)))
                .optional()
                .orElseThrow(() -> new NotFoundException("newsletter issue " + id));
        if (status != Status.DRAFT) {
            throw new AlreadySentException();
        }
        int recipients = jdbc.sql("""
                        insert into newsletter_delivery (issue_id, subscriber_id)
                        select :id, id from newsletter_subscriber where status = 'CONFIRMED'
                        on conflict (issue_id, subscriber_id) do nothing""").param("id", id).update();
        if (recipients == 0) {
            throw new NoSubscriberException();
        }
        // Numbers follow the order sendings start in; the issue row lock above and the unique number keep two
        // instances from giving one number twice (the loser rolls back and the board tries again).
        Instant now = clock.instant();
        String label = jdbc.sql("""
                        update newsletter_issue set status = 'SENDING', recipients = :recipients, sending_started_at = :now,
                            number = (select coalesce(max(number), 0) + 1 from newsletter_issue)
                        where id = :id returning 'n° ' || number || ' : ' || title""")
                .param("id", id)
                .param("recipients", recipients)
                .param("now", Timestamp.from(now))
                .query(String.class)
                .single();
        events.publishEvent(new IssueSent(id, label, actor, now));
        return recipients;
    }

    /**
     * Keeps on the issue the figures of a sent issue whose every mail has its final status: the outbox's rows go
     * after {@code icmf.mail.retention}, and an erased subscriber's delivery with them, yet the board reads an
     * issue's figures years later.
     */
    void keepFinalFigures() {
        List<Long> pending = jdbc.sql(
                        "select id from newsletter_issue where status = 'SENT' and figures_kept_at is null")
                .query(Long.class)
                .list();
        for (long id : pending) {
            MailOutbox.StatusCounts mails = outbox.statusCounts(TEMPLATE, id);
            if (mails.waiting() == 0) {
                jdbc.sql("""
                                update newsletter_issue set mails_sent = :sent, mails_kept = :kept, mails_failed = :failed,
                                    skipped = (select count(*) from newsletter_delivery where issue_id = :id and skipped),
                                    figures_kept_at = :now
                                where id = :id""")
                        .param("id", id)
                        .param("sent", mails.sent())
                        .param("kept", mails.kept())
                        .param("failed", mails.failed())
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
            }
        }
    }

    /**
     * How an issue's sending went: from its delivery rows and the outbox while mails are under way, then as kept
     * on the issue ({@link #keepFinalFigures}); the unsubscriptions since are counted as they stand.
     */
    @Transactional(readOnly = true)
    Figures figures(long id) {
        Figures kept = jdbc.sql("""
                        select recipients, skipped, mails_sent, mails_kept, mails_failed,
                               (select count(*) from newsletter_delivery d
                                join newsletter_subscriber s on s.id = d.subscriber_id
                                where d.issue_id = i.id and s.status = 'UNSUBSCRIBED'
                                    and s.unsubscribed_at >= i.sending_started_at) as unsubscribed
                        from newsletter_issue i where id = :id and figures_kept_at is not null""")
                .param("id", id)
                .query((row, n) -> new Figures(
                        row.getLong("recipients"),
                        row.getLong("skipped"),
                        row.getLong("mails_sent"),
                        row.getLong("mails_kept"),
                        0,
                        row.getLong("mails_failed"),
                        row.getLong("unsubscribed")))
                .optional()
                .orElse(null);
        if (kept != null) {
            return kept;
        }
        MailOutbox.StatusCounts mails = outbox.statusCounts(TEMPLATE, id);
        return jdbc.sql("""
                        select count(*) as recipients,
                               count(*) filter (where d.skipped) as skipped,
                               count(*) filter (where d.queued_at is null) as unqueued,
                               count(*) filter (where s.status = 'UNSUBSCRIBED' and s.unsubscribed_at >= i.sending_started_at)
                                   as unsubscribed
                        from newsletter_delivery d
                        join newsletter_subscriber s on s.id = d.subscriber_id
                        join newsletter_issue i on i.id = d.issue_id
                        where d.issue_id = :id""")
                .param("id", id)
                .query((row, n) -> new Figures(
                        row.getLong("recipients"),
                        row.getLong("skipped"),
                        mails.sent(),
                        mails.kept(),
                        mails.waiting() + row.getLong("unqueued"),
                        mails.failed(),
                        row.getLong("unsubscribed")))
                .single();
    }

    /** The issue's sending has started: it can no longer change nor be sent again. */
    static class AlreadySentException extends RuntimeException {}

    /** No confirmed subscriber: nothing to send. */
    static class NoSubscriberException extends RuntimeException {}
}
