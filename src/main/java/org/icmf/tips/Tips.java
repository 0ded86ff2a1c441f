package org.icmf.tips;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icmf.membership.MemberSelfService;
import org.icmf.membership.MemberSelfService.MemberIdentity;
import org.icmf.tips.Tip.Label;
import org.icmf.web.Markdown;
import org.icmf.web.NotFoundException;
import org.icmf.web.Slugs;
import org.icmf.web.SpamGuard;
import org.icmf.web.TransactionLocks;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Tips as readers and members meet them: the public lists (newest or most useful first, all labels or one, each on
 * an index of its own and paged without counting), a member's tips and the form that adds one, the "utile" marks and
 * the readers' flags. Moderation is {@link TipModeration}'s.
 */
@Service
@Transactional
class Tips {

    /** How a public list is ordered. */
    enum Order {
        NEWEST("t.published_at desc, t.id desc"),
        USEFUL("t.useful_count desc, t.published_at desc, t.id desc");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /** What became of a member's tip. */
    enum Submitted {
        PUBLISHED,
        PENDING
    }

    private final JdbcClient jdbc;
    private final Markdown markdown;
    private final SpamGuard guard;
    private final MemberSelfService members;
    private final TipsProperties properties;
    private final Clock clock;

    Tips(
            JdbcClient jdbc,
            Markdown markdown,
            SpamGuard guard,
            MemberSelfService members,
            TipsProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.markdown = markdown;
        this.guard = guard;
        this.members = members;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Label> labels() {
        return jdbc.sql("select id, slug, name from tips_label order by position")
                .query(Label.class)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Label> label(String slug) {
        return jdbc.sql("select id, slug, name from tips_label where slug = :slug")
                .param("slug", slug)
                .query(Label.class)
                .optional();
    }

    /**
     * A page of published tips, of one label or all, in the given order; a Slice: one row more than the page tells
     * whether another page follows, and nothing counts the whole list.
     */
    @Transactional(readOnly = true)
    Slice<Tip> published(Label label, Order order, Pageable page) {
        int size = properties.pageSize();
        List<Tip> rows = jdbc.sql(listQuery(label != null, order))
                .param("label", label == null ? 0 : label.id())
                .param("limit", size + 1)
                .param("offset", (long) page.getPageNumber() * size)
                .query(Tip::read)
                .list();
        return new SliceImpl<>(
                rows.subList(0, Math.min(size, rows.size())),
                Pageable.ofSize(size).withPage(page.getPageNumber()),
                rows.size() > size);
    }

    /** A public list's query: each of the four has a partial index giving its rows in their order. */
    static String listQuery(boolean byLabel, Order order) {
        return "select " + Tip.COLUMNS + Tip.FROM + "where t.status = 'PUBLISHED'"
                + (byLabel ? " and t.label_id = :label" : "")
                + " order by " + order.sql + " limit :limit offset :offset";
    }

    @Transactional(readOnly = true)
    Optional<Tip> publishedBySlug(String slug) {
        return jdbc.sql("select " + Tip.COLUMNS + Tip.FROM + "where t.slug = :slug and t.status = 'PUBLISHED'")
                .param("slug", slug)
                .query(Tip::read)
                .optional();
    }

    /** A tip as a member may see it in their space: published, or their own whatever its state. */
    @Transactional(readOnly = true)
    Tip visibleTo(long tipId, long memberId) {
        return jdbc.sql("select " + Tip.COLUMNS + Tip.FROM
                        + "where t.id = :id and (t.status = 'PUBLISHED' or t.author_member_id = :member)")
                .param("id", tipId)
                .param("member", memberId)
                .query(Tip::read)
                .optional()
                .orElseThrow(() -> new NotFoundException("tip " + tipId));
    }

    /** The member's own tips, newest first. */
    @Transactional(readOnly = true)
    List<Tip> ownTips(long memberId) {
        return jdbc.sql("select " + Tip.COLUMNS + Tip.FROM
                        + "where t.author_member_id = :member order by t.created_at desc limit 100")
                .param("member", memberId)
                .query(Tip::read)
                .list();
    }

    /**
     * Stores a member's tip unless the form has mistakes (then put next to their fields, and null returned): it
     * waits for the board until its author has had one approved, or when the spam rules hold it.
     */
    Submitted submit(long memberId, TipForm form, Errors errors) {
        Label label = checkedLabel(form, errors);
        SpamGuard.Verdict verdict = guard.check(form.stamp(), form.website(), form.title(), form.body());
        if (verdict == SpamGuard.Verdict.TOO_FAST) {
            errors.reject("tips.form.tooFast");
        } else if (verdict == SpamGuard.Verdict.STALE_FORM) {
            errors.reject("tips.form.stale");
        }
        MemberIdentity author = members.find(memberId).orElseThrow(() -> new NotFoundException("member"));
        TransactionLocks.hold(jdbc, "tips:member:" + memberId);
        Instant now = clock.instant();
        long recent = jdbc.sql(
                        "select count(*) from tips_tip where author_member_id = :member and created_at >= :since")
                .param("member", memberId)
                .param("since", Timestamp.from(guard.rateWindowStart()))
                .query(Long.class)
                .single();
        if (guard.tooFrequent(0, recent)) {
            errors.reject("tips.form.tooFrequent");
        }
        if (errors.hasErrors() || verdict == SpamGuard.Verdict.HONEYPOT) {
            return null;
        }
        boolean trusted = jdbc.sql("select exists (select 1 from tips_tip "
                        + "where author_member_id = :member and approved_at is not null)")
                .param("member", memberId)
                .query(Boolean.class)
                .single();
        TipStatus status = trusted && verdict == SpamGuard.Verdict.PASSED ? TipStatus.PUBLISHED : TipStatus.PENDING;
        Rendered body = render(form.normalisedBody());
        jdbc.sql("""
                insert into tips_tip (slug, title, body_markdown, body_html, body_text, label_id, author_member_id,
                                      author_name, status, created_at, updated_at, published_at)
                values (:slug, :title, :markdown, :html, :text, :label, :member, :author, :status, :now, :now, :published)""")
                .param("slug", uniqueSlug(form.normalisedTitle()))
                .param("title", form.normalisedTitle())
                .param("markdown", form.normalisedBody())
                .param("html", body.html())
                .param("text", body.text())
                .param("label", label.id())
                .param("member", memberId)
                .param("author", shownName(author))
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .param("published", status == TipStatus.PUBLISHED ? Timestamp.from(now) : null)
                .update();
        return status == TipStatus.PUBLISHED ? Submitted.PUBLISHED : Submitted.PENDING;
    }

    /** The form's label, or null with a mistake next to the field when it names none of the list. */
    Label checkedLabel(TipForm form, Errors errors) {
        if (errors.hasFieldErrors("label")) {
            return null;
        }
        Optional<Label> label = jdbc.sql("select id, slug, name from tips_label where id = :id")
                .param("id", form.labelId())
                .query(Label.class)
                .optional();
        if (label.isEmpty()) {
            errors.rejectValue("label", "tips.label.unknown");
        }
        return label.orElse(null);
    }

    /** The body as stored: sanitised HTML with its headings under the tip's title, and its words for search. */
    Rendered render(String body) {
        String html = markdown.toSafeHtml(body);
        // Headings two levels down (# is h3), as the excerpt of a post does: the tip's title is the page's h1.
        String shifted = markdown.excerpt(html, Integer.MAX_VALUE).html();
        return new Rendered(shifted, markdown.toPlainText(html));
    }

    record Rendered(String html, String text) {}

    /** "Camille M.": a first name and an initial, as the tip shows its author. */
    static String shownName(MemberIdentity member) {
        String last = member.lastName() == null ? "" : member.lastName().strip();
        String initial = last.isEmpty() ? "" : " " + new String(Character.toChars(last.codePointAt(0))) + ".";
        return member.firstName().strip() + initial;
    }

    /** A free address from the title; tips are added one at a time, so two never take the same. */
    String uniqueSlug(String title) {
        TransactionLocks.hold(jdbc, "tips:slug");
        return Slugs.uniqueSlug(
                title,
                candidate -> jdbc.sql("select exists (select 1 from tips_tip where slug = :slug)")
                        .param("slug", candidate)
                        .query(Boolean.class)
                        .single());
    }

    /**
     * Marks a published tip useful for a member: once (the unique constraint makes a second mark, even a parallel
     * one, change nothing); the count on the tip row moves with the mark. Returns whether this mark was new.
     */
    boolean markUseful(long tipId, long memberId) {
        publishedId(tipId);
        int inserted = jdbc.sql("insert into tips_useful (tip_id, member_id, created_at) values (:tip, :member, :now) "
                        + "on conflict on constraint tips_useful_once do nothing")
                .param("tip", tipId)
                .param("member", memberId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted > 0) {
            jdbc.sql("update tips_tip set useful_count = useful_count + 1 where id = :id")
                    .param("id", tipId)
                    .update();
        }
        return inserted > 0;
    }

    @Transactional(readOnly = true)
    boolean markedUseful(long tipId, long memberId) {
        return jdbc.sql("select exists (select 1 from tips_useful where tip_id = :tip and member_id = :member)")
                .param("tip", tipId)
                .param("member", memberId)
                .query(Boolean.class)
                .single();
    }

    private void publishedId(long tipId) {
        jdbc.sql("select id from tips_tip where id = :id and status = 'PUBLISHED'")
                .param("id", tipId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("tip " + tipId));
    }

    /**
     * A reader's flag on a published tip: counted once per client address (hashed), within the forms' rate limit per
     * address; at {@code icmf.tips.flags-to-hide} flags the tip leaves the public pages for the board to look at. A robot,
     * a form sent too fast or too late, a second flag or one past the rate limit counts nothing: the reader is thanked
     * all the same.
     */
    void flag(String slug, String stamp, String honeypot, String addressHash) {
        Tip tip = publishedBySlug(slug).orElseThrow(() -> new NotFoundException("tip " + slug));
        if (guard.check(stamp, honeypot) != SpamGuard.Verdict.PASSED) {
            return;
        }
        TransactionLocks.hold(jdbc, "tips:flag:" + addressHash);
        long recent = jdbc.sql("select count(*) from tips_flag where address_hash = :hash and created_at >= :since")
                .param("hash", addressHash)
                .param("since", Timestamp.from(guard.rateWindowStart()))
                .query(Long.class)
                .single();
        if (guard.tooFrequent(recent, 0)) {
            return;
        }
        int inserted = jdbc.sql("insert into tips_flag (tip_id, address_hash, created_at) values (:tip, :hash, :now) "
                        + "on conflict on constraint tips_flag_once do nothing")
                .param("tip", tip.id())
                .param("hash", addressHash)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted > 0) {
            jdbc.sql("""
                    update tips_tip set flag_count = flag_count + 1,
                        status = case when flag_count + 1 >= :threshold then 'FLAGGED' else status end
                    where id = :id and status = 'PUBLISHED'""")
                    .param("threshold", properties.flagsToHide())
                    .param("id", tip.id())
                    .update();
        }
    }
}
