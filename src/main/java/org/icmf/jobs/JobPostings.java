package org.icmf.jobs;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.jobs.OfferForm.OfferDraft;
import org.icmf.mail.MailOutbox;
import org.icmf.web.Actor;
import org.icmf.web.FormAttempts;
import org.icmf.web.Markdown;
import org.icmf.web.NotFoundException;
import org.icmf.web.SiteProperties;
import org.icmf.web.Slugs;
import org.icmf.web.Tokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An offer's life: a recruiter's offer waits for its address to be confirmed from the mail (double opt-in), a
 * member's goes straight to moderation; the board approves (the poster gets the link that closes it, members with an
 * alert get one mail each), rejects with a reason (the poster is told it, never quoted), edits or closes it; the
 * poster closes it from their link, once, or a member withdraws their own from their space. Every night offers past
 * their deadline expire, unconfirmed ones whose link expired and ended ones older than {@code icmf.jobs.retention}
 * are deleted. Board actions go to the audit log.
 */
@Service
@Transactional
class JobPostings {

    static final String CONFIRM_TEMPLATE = "jobs/confirm";
    static final String PUBLISHED_TEMPLATE = "jobs/published";
    static final String CONFIRM_PATH = "/emplois/confirmation/";
    static final String CLOSE_PATH = "/emplois/cloture/";

    /** Addresses under {@code /emplois} that are no offer's. */
    private static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("proposer", "confirmation", "cloture");

    /** The actor the audit log names when a poster closes their own offer from their link. */
    static final Actor POSTER = new Actor(null, "Annonceur de l’offre");

    private final JdbcClient jdbc;
    private final JobBoard board;
    private final JobAlerts alerts;
    private final FormAttempts attempts;
    private final MailOutbox outbox;
    private final SiteProperties site;
    private final JobsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Markdown markdown = new Markdown();

    JobPostings(
            JdbcClient jdbc,
            JobBoard board,
            JobAlerts alerts,
            FormAttempts attempts,
            MailOutbox outbox,
            SiteProperties site,
            JobsProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.board = board;
        this.alerts = alerts;
        this.attempts = attempts;
        this.outbox = outbox;
        this.site = site;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return board.today();
    }

    /** The latest deadline an offer may be given today. */
    LocalDate latestDeadline() {
        return today().plusDays(properties.maximumDeadline().toDays());
    }

    /**
     * A recruiter's offer from the public form: within the rate limits ({@link FormAttempts}) it is stored
     * unconfirmed and a confirmation link is mailed to {@code email}; the mail quotes nothing the visitor wrote.
     */
    FormAttempts.Outcome propose(OfferDraft offer, String email, String addressHash) {
        FormAttempts.Outcome outcome = attempts.record("JOB_OFFER", email, addressHash);
        if (outcome != FormAttempts.Outcome.ACCEPTED) {
            return outcome;
        }
        Instant now = clock.instant();
        String token = Tokens.random();
        long id = insert(offer, email, null, OfferStatus.UNCONFIRMED, now);
        jdbc.sql("update job_offer set confirm_token_hash = :hash, confirm_expires_at = :expires where id = :id")
                .param("id", id)
                .param("hash", Tokens.hash(token))
                .param("expires", Timestamp.from(now.plus(properties.confirmationValidity())))
                .update();
        mailConfirmation(email, token, id);
        return outcome;
    }

    /** A member's offer from their space: their address is known, so it waits for moderation at once. */
    long proposeAsMember(OfferDraft offer, String email, long memberId) {
        Instant now = clock.instant();
        long id = insert(offer, email, memberId, OfferStatus.PENDING, now);
        jdbc.sql("update job_offer set confirmed_at = :now where id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
        return id;
    }

    private long insert(OfferDraft offer, String email, Long memberId, OfferStatus status, Instant now) {
        String slug = Slugs.uniqueSlug(offer.title() + " " + offer.organisation(), this::slugTaken);
        return jdbc.sql("""
                        insert into job_offer (slug, title, organisation, kind, region, remote, description_markdown,
                            description_html, salary_min, salary_max, deadline, apply_to, poster_email, member_id,
                            status, created_at, updated_at)
                        values (:slug, :title, :organisation, :kind, :region, :remote, :markdown, :html, :salaryMin,
                            :salaryMax, :deadline, :applyTo, :email, :member, :status, :now, :now)
                        returning id""")
                .params(fields(offer))
                .param("slug", slug)
                .param("email", email)
                .param("member", memberId)
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    private Map<String, Object> fields(OfferDraft offer) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", offer.title());
        fields.put("organisation", offer.organisation());
        fields.put("kind", offer.kind().name());
        fields.put("region", offer.region() == null ? null : offer.region().name());
        fields.put("remote", offer.remote());
        fields.put("markdown", offer.description());
        fields.put("html", html(offer.description()));
        fields.put("salaryMin", offer.salaryMin());
        fields.put("salaryMax", offer.salaryMax());
        fields.put("deadline", Date.valueOf(offer.deadline()));
        fields.put("applyTo", offer.applyTo());
        return fields;
    }

    /** The site's Markdown rendering and sanitiser, without images: an offer shows no third party's pixel. */
    private String html(String description) {
        Document document = Jsoup.parseBodyFragment(markdown.toSafeHtml(description));
        document.select("img").remove();
        return document.body().html();
    }

    private boolean slugTaken(String slug) {
        return RESERVED_SLUGS.contains(slug)
                || jdbc.sql("select count(*) from job_offer where slug = :slug")
                                .param("slug", slug)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    private void mailConfirmation(String email, String token, long id) {
        outbox.queueWithLink(
                email,
                CONFIRM_TEMPLATE,
                Map.of(
                        "reference", id,
                        "link", site.absoluteUrl(CONFIRM_PATH + token),
                        "days", properties.confirmationValidity().toDays()),
                id);
    }

    /** Sends the confirmation link again with a fresh token (the admin's "Renvoyer"); false when nothing waits. */
    boolean reissueConfirmation(long id) {
        String token = Tokens.random();
        return jdbc.sql("""
                        update job_offer set confirm_token_hash = :hash, confirm_expires_at = :expires
                        where id = :id and status = 'UNCONFIRMED' returning poster_email""")
                .param("id", id)
                .param("hash", Tokens.hash(token))
                .param("expires", Timestamp.from(clock.instant().plus(properties.confirmationValidity())))
                .query(String.class)
                .optional()
                .map(email -> {
                    mailConfirmation(email, token, id);
                    return true;
                })
                .orElse(false);
    }

    @Transactional(readOnly = true)
    boolean confirmable(String token) {
        return Tokens.stillValid(
                jdbc,
                "select count(*) from job_offer where confirm_token_hash = :hash "
                        + "and status = 'UNCONFIRMED' and confirm_expires_at > :now",
                token,
                clock.instant());
    }

    /** Confirms the offer a link was mailed for, once: false for an unknown, used or expired link. */
    boolean confirm(String token) {
        if (!Tokens.wellFormed(token)) {
            return false;
        }
        return jdbc.sql("""
                        update job_offer set status = 'PENDING', confirmed_at = :now, updated_at = :now,
                            confirm_token_hash = null, confirm_expires_at = null
                        where confirm_token_hash = :hash and status = 'UNCONFIRMED' and confirm_expires_at > :now""")
                        .param("hash", Tokens.hash(token))
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    /**
     * Publishes a pending (or formerly rejected) offer: the poster is mailed its address and the link that closes it,
     * members with an alert for its region are told of it (once per offer).
     */
    void approve(long id, Actor actor) {
        Offer offer = offer(id);
        if (offer.status() != OfferStatus.PENDING && offer.status() != OfferStatus.REJECTED) {
            throw new NotFoundException("job offer " + id + " to approve");
        }
        Instant now = clock.instant();
        String token = Tokens.random();
        jdbc.sql("""
                        update job_offer set status = 'PUBLISHED', published_at = coalesce(published_at, :now),
                            updated_at = :now, ended_at = null, rejection_reason = null, close_token_hash = :hash
                        where id = :id""")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .param("hash", Tokens.hash(token))
                .update();
        mailPublished(offer, token);
        alerts.announce(offer);
        audit(offer, JobAction.APPROVED, actor, now);
    }

    private void mailPublished(Offer offer, String token) {
        outbox.queueWithLink(
                offer.posterEmail(),
                PUBLISHED_TEMPLATE,
                Map.of(
                        "reference", offer.id(),
                        "page", site.absoluteUrl(offer.path()),
                        "close", site.absoluteUrl(CLOSE_PATH + token)),
                offer.id());
    }

    /** Sends the publication mail again with a fresh close link; false when the offer is no longer published. */
    boolean reissueCloseLink(long id) {
        String token = Tokens.random();
        int updated = jdbc.sql("update job_offer set close_token_hash = :hash where id = :id and status = 'PUBLISHED'")
                .param("id", id)
                .param("hash", Tokens.hash(token))
                .update();
        if (updated == 1) {
            mailPublished(offer(id), token);
        }
        return updated == 1;
    }

    /** Rejects a pending or published offer; the poster is mailed the board's reason, not their own text. */
    void reject(long id, String reason, Actor actor) {
        Offer offer = offer(id);
        if (offer.status() != OfferStatus.PENDING && offer.status() != OfferStatus.PUBLISHED) {
            throw new NotFoundException("job offer " + id + " to reject");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        update job_offer set status = 'REJECTED', rejection_reason = :reason, updated_at = :now,
                            ended_at = :now, close_token_hash = null
                        where id = :id""")
                .param("id", id)
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
        outbox.queue(offer.posterEmail(), "jobs/rejected", Map.of("reference", id, "reason", reason));
        audit(offer, JobAction.REJECTED, actor, now);
    }

    /** The board's corrections of an offer not yet confirmed by its poster's address, nor ended. */
    void update(long id, OfferDraft changed, Actor actor) {
        Offer offer = offer(id);
        if (offer.status() == OfferStatus.UNCONFIRMED) {
            throw new NotFoundException("unconfirmed job offer " + id);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        update job_offer set title = :title, organisation = :organisation, kind = :kind,
                            region = :region, remote = :remote, description_markdown = :markdown,
                            description_html = :html, salary_min = :salaryMin, salary_max = :salaryMax,
                            deadline = :deadline, apply_to = :applyTo, updated_at = :now
                        where id = :id""")
                .params(fields(changed))
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
        audit(offer(id), JobAction.UPDATED, actor, now);
    }

    /** The board closes a published offer (filled, or no longer fit). */
    void close(long id, Actor actor) {
        Offer offer = offer(id);
        if (offer.status() != OfferStatus.PUBLISHED) {
            throw new NotFoundException("job offer " + id + " to close");
        }
        end(offer, actor);
    }

    /** The published offer a close link was mailed for, while the link works. */
    @Transactional(readOnly = true)
    Optional<Offer> closeable(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select " + Offer.COLUMNS + " from job_offer where close_token_hash = :hash "
                        + "and status = 'PUBLISHED'")
                .param("hash", Tokens.hash(token))
                .query(Offer::read)
                .optional();
    }

    /** Closes the offer a link was mailed for, once: false for an unknown or used link. */
    boolean closeByLink(String token) {
        return closeable(token).map(found -> end(found, POSTER)).orElse(false);
    }

    /** What came of a member's withdrawal of an offer from their space. */
    enum Withdrawal {
        WITHDRAWN,
        /** already closed, rejected or expired */
        ENDED,
        /** no offer this member posted from their space */
        UNKNOWN
    }

    /**
     * A member withdraws an offer they posted from their space, pending or open: closed as by the poster's mailed
     * link (same audit entry); an offer of someone else, or one already ended, is left as it is.
     */
    Withdrawal withdraw(long id, String email) {
        Optional<Offer> offer = board.byId(id)
                .filter(found -> found.byMember() && found.posterEmail().equals(email));
        if (offer.isEmpty()) {
            return Withdrawal.UNKNOWN;
        }
        return offer.get().withdrawableOn(today()) && end(offer.get(), POSTER)
                ? Withdrawal.WITHDRAWN
                : Withdrawal.ENDED;
    }

    /** Closes a pending or published offer, audited; false when it ended meanwhile (a second click, say). */
    private boolean end(Offer offer, Actor actor) {
        Instant now = clock.instant();
        boolean closed = jdbc.sql("""
                        update job_offer set status = 'CLOSED', updated_at = :now, ended_at = :now,
                            close_token_hash = null
                        where id = :id and status in ('PENDING', 'PUBLISHED')""")
                        .param("id", offer.id())
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
        if (closed) {
            audit(offer, JobAction.CLOSED, actor, now);
        }
        return closed;
    }

    private Offer offer(long id) {
        return board.byId(id).orElseThrow(() -> new NotFoundException("job offer " + id));
    }

    private void audit(Offer offer, JobAction action, Actor actor, Instant now) {
        events.publishEvent(new OfferChanged(offer.id(), offer.label(), action, actor, now));
    }

    /** A member keeps an open offer in their space; saving it twice keeps it once. */
    void save(String email, String slug) {
        Offer offer = board.bySlug(slug)
                .filter(found -> found.openOn(board.today()))
                .orElseThrow(() -> new NotFoundException("open job offer " + slug));
        jdbc.sql("insert into job_saved_offer (email, offer_id, saved_at) values (:email, :offer, :now) "
                        + "on conflict do nothing")
                .param("email", email)
                .param("offer", offer.id())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    void forget(String email, String slug) {
        jdbc.sql("delete from job_saved_offer where email = :email "
                        + "and offer_id = (select id from job_offer where slug = :slug)")
                .param("email", email)
                .param("slug", slug)
                .update();
    }

    /** Every night, one instance at a time (ShedLock). */
    @Scheduled(cron = "${icmf.jobs.maintenance-cron:0 5 0 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "jobs.maintenance")
    void maintainOnSchedule() {
        expire();
        purge();
    }

    /** Offers whose deadline passed expire (which empties the cached pages listing them); returns how many. */
    int expire() {
        return jdbc.sql("""
                        update job_offer set status = 'EXPIRED', ended_at = :now, updated_at = :now,
                            close_token_hash = null
                        where status = 'PUBLISHED' and deadline < :today""")
                .param("now", Timestamp.from(clock.instant()))
                .param("today", Date.valueOf(board.today()))
                .update();
    }

    /** Deletes offers never confirmed in time, and offers ended longer ago than kept; returns how many. */
    int purge() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        delete from job_offer
                        where (status = 'UNCONFIRMED' and confirm_expires_at < :now)
                           or (status in ('REJECTED', 'CLOSED', 'EXPIRED') and ended_at < :endedBefore)""")
                .param("now", Timestamp.from(now))
                .param("endedBefore", Timestamp.from(now.minus(properties.retention())))
                .update();
    }
}
