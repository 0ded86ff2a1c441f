package org.icmf.tips;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.mail.MailOutbox;
import org.icmf.membership.MemberSelfService;
import org.icmf.web.Actor;
import org.icmf.web.FrenchDates;
import org.icmf.web.NotFoundException;
import org.icmf.web.SiteProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The board's side of tips ({@code /admin/astuces}): what waits (a new author's tips, tips held by the spam rules or
 * hidden by readers' flags, and published tips flagged at least once), approving, rejecting (the author is told by
 * mail, without their text), correcting and unpublishing. Every decision goes to the audit log; a decision clears
 * the tip's flags, so that readers' later flags count afresh.
 */
@Service
@Transactional
class TipModeration {

    static final String TO_MODERATE =
            "(t.status in ('PENDING', 'FLAGGED') or (t.status = 'PUBLISHED' and t.flag_count > 0))";

    private final JdbcClient jdbc;
    private final Tips tips;
    private final MemberSelfService members;
    private final MailOutbox mail;
    private final SiteProperties site;
    private final FrenchDates dates;
    private final ApplicationEventPublisher events;
    private final TipsProperties properties;
    private final Clock clock;

    TipModeration(
            JdbcClient jdbc,
            Tips tips,
            MemberSelfService members,
            MailOutbox mail,
            SiteProperties site,
            FrenchDates dates,
            ApplicationEventPublisher events,
            TipsProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.tips = tips;
        this.members = members;
        this.mail = mail;
        this.site = site;
        this.dates = dates;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** What waits for the board, oldest first (at most a hundred: the rest once these are decided). */
    @Transactional(readOnly = true)
    List<Tip> toModerate() {
        return jdbc.sql("select " + Tip.COLUMNS + Tip.FROM + "where " + TO_MODERATE
                        + " order by t.created_at limit 100")
                .query(Tip::read)
                .list();
    }

    /** The dashboard's count: on the moderation index, which only holds these rows. */
    @Transactional(readOnly = true)
    long toModerateCount() {
        return jdbc.sql("select count(*) from tips_tip t where " + TO_MODERATE)
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    Slice<Tip> published(Pageable page) {
        return tips.published(null, Tips.Order.NEWEST, page);
    }

    @Transactional(readOnly = true)
    Tip find(long id) {
        return jdbc.sql("select " + Tip.COLUMNS + Tip.FROM + "where t.id = :id")
                .param("id", id)
                .query(Tip::read)
                .optional()
                .orElseThrow(() -> new NotFoundException("tip " + id));
    }

    /** Publishes a tip (again): its author's later tips will publish at once. */
    void approve(long id, Actor actor) {
        Tip tip = find(id);
        Instant now = clock.instant();
        jdbc.sql("""
                update tips_tip set status = 'PUBLISHED', published_at = coalesce(published_at, :now),
                    approved_at = coalesce(approved_at, :now), decided_at = :now, flag_count = 0
                where id = :id""").param("now", Timestamp.from(now)).param("id", id).update();
        clearFlags(id);
        events.publishEvent(new TipModerated(id, tip.title(), TipAction.APPROVED, actor, now));
    }

    /** Refuses a tip that is not published; its author is told by mail (their text is not quoted). */
    void reject(long id, Actor actor) {
        Tip tip = find(id);
        Instant now = clock.instant();
        jdbc.sql("update tips_tip set status = 'REJECTED', decided_at = :now, flag_count = 0 where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
        clearFlags(id);
        if (tip.authorMemberId() != null && tip.status() != TipStatus.REJECTED) {
            members.find(tip.authorMemberId())
                    .ifPresent(author -> mail.queue(
                            author.email(),
                            "tips/rejected",
                            Map.of(
                                    "firstName", author.firstName(),
                                    "sentOn", dates.longDate(tip.createdAt()),
                                    "link", site.absoluteUrl("/espace-membre/astuces"))));
        }
        events.publishEvent(new TipModerated(id, tip.title(), TipAction.REJECTED, actor, now));
    }

    /** Takes a tip off the public pages; its author still sees it in their space. */
    void unpublish(long id, Actor actor) {
        Tip tip = find(id);
        Instant now = clock.instant();
        jdbc.sql("update tips_tip set status = 'UNPUBLISHED', decided_at = :now, flag_count = 0 where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
        clearFlags(id);
        events.publishEvent(new TipModerated(id, tip.title(), TipAction.UNPUBLISHED, actor, now));
    }

    /** Corrects a tip's title, label and text (its address stays); false with the mistakes next to their fields. */
    boolean edit(long id, TipForm form, Errors errors, Actor actor) {
        Tip tip = find(id);
        Tip.Label label = tips.checkedLabel(form, errors);
        if (errors.hasErrors()) {
            return false;
        }
        Tips.Rendered body = tips.render(form.normalisedBody());
        Instant now = clock.instant();
        jdbc.sql("""
                update tips_tip set title = :title, label_id = :label, body_markdown = :markdown, body_html = :html,
                    body_text = :text, updated_at = :now
                where id = :id""")
                .param("title", form.normalisedTitle())
                .param("label", label.id())
                .param("markdown", form.normalisedBody())
                .param("html", body.html())
                .param("text", body.text())
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
        events.publishEvent(new TipModerated(id, tip.title(), TipAction.EDITED, actor, now));
        return true;
    }

    private void clearFlags(long id) {
        jdbc.sql("delete from tips_flag where tip_id = :id").param("id", id).update();
    }

    /** Rejected tips are deleted {@code icmf.tips.rejected-retention} after the decision, every night. */
    @Scheduled(cron = "0 50 4 * * *", zone = "Europe/Paris")
    @SchedulerLock(name = "tips.rejected")
    void purgeRejectedOnSchedule() {
        purgeRejected();
    }

    int purgeRejected() {
        return jdbc.sql("delete from tips_tip where status = 'REJECTED' and decided_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(properties.rejectedRetention())))
                .update();
    }
}
