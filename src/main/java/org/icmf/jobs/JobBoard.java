package org.icmf.jobs;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icmf.regions.Region;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the job board shows: open offers (published, deadline not passed), newest first, by kind, region or remote
 * work, each read through a partial index of published offers; an offer by its address; the board's lists by state;
 * the offers a member saved.
 */
@Service
@Transactional(readOnly = true)
class JobBoard {

    /** What the list of open offers is narrowed to; null or false for no narrowing. */
    record Filter(OfferKind kind, Region region, boolean remote) {

        static final Filter NONE = new Filter(null, null, false);
    }

    /** The board's lists: the states each shows. */
    enum Tab {
        PENDING("en-attente"),
        PUBLISHED("publiees"),
        REJECTED("refusees"),
        ENDED("terminees");

        private final String slug;

        Tab(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        static Optional<Tab> of(String slug) {
            for (Tab tab : values()) {
                if (tab.slug.equals(slug)) {
                    return Optional.of(tab);
                }
            }
            return Optional.empty();
        }
    }

    private static final String OPEN = "status = 'PUBLISHED' and deadline >= :today";

    private final JdbcClient jdbc;
    private final Clock clock;

    JobBoard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Page<Offer> open(Filter filter, Pageable page) {
        StringBuilder where = new StringBuilder(OPEN);
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
        }
        if (filter.region() != null) {
            where.append(" and region = :region");
        }
        if (filter.remote()) {
            where.append(" and remote");
        }
        List<Offer> offers = bind(
                        jdbc.sql("select " + Offer.COLUMNS + " from job_offer where " + where
                                + " order by published_at desc, id desc offset :offset limit :limit"),
                        filter)
                .param("offset", page.getOffset())
                .param("limit", page.getPageSize())
                .query(Offer::read)
                .list();
        long total = bind(jdbc.sql("select count(*) from job_offer where " + where), filter)
                .query(Long.class)
                .single();
        return new PageImpl<>(offers, page, total);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
        statement = statement.param("today", Date.valueOf(today()));
        if (filter.kind() != null) {
            statement = statement.param("kind", filter.kind().name());
        }
        if (filter.region() != null) {
            statement = statement.param("region", filter.region().name());
        }
        return statement;
    }

    /** The newest open offers, for the feed. */
    List<Offer> newest(int count) {
        return jdbc.sql("select " + Offer.COLUMNS + " from job_offer where " + OPEN
                        + " order by published_at desc, id desc limit :count")
                .param("today", Date.valueOf(today()))
                .param("count", count)
                .query(Offer::read)
                .list();
    }

    /** The offer at this address, whatever its state (its page says when it is no longer open). */
    Optional<Offer> bySlug(String slug) {
        return jdbc.sql("select " + Offer.COLUMNS + " from job_offer where slug = :slug")
                .param("slug", slug)
                .query(Offer::read)
                .optional();
    }

    Optional<Offer> byId(long id) {
        return jdbc.sql("select " + Offer.COLUMNS + " from job_offer where id = :id")
                .param("id", id)
                .query(Offer::read)
                .optional();
    }

    /** The board's list of one tab, newest first; an offer past its deadline counts as ended before it expires. */
    Page<Offer> tab(Tab tab, Pageable page) {
        String where = switch (tab) {
            case PENDING -> "status = 'PENDING'";
            case PUBLISHED -> OPEN;
            case REJECTED -> "status = 'REJECTED'";
            case ENDED -> "(status in ('CLOSED', 'EXPIRED') or (status = 'PUBLISHED' and deadline < :today))";
        };
        List<Offer> offers = jdbc.sql("select " + Offer.COLUMNS + " from job_offer where " + where
                        + " order by created_at desc, id desc offset :offset limit :limit")
                .param("today", Date.valueOf(today()))
                .param("offset", page.getOffset())
                .param("limit", page.getPageSize())
                .query(Offer::read)
                .list();
        long total = jdbc.sql("select count(*) from job_offer where " + where)
                .param("today", Date.valueOf(today()))
                .query(Long.class)
                .single();
        return new PageImpl<>(offers, page, total);
    }

    long pendingCount() {
        return jdbc.sql("select count(*) from job_offer where status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    /** The offers a member saved that are still open, soonest deadline first. */
    List<Offer> saved(String email) {
        return jdbc.sql(
                        "select " + Offer.COLUMNS + " from job_offer where " + OPEN
                                + " and id in (select offer_id from job_saved_offer where email = :email) order by deadline, id")
                .param("email", email)
                .param("today", Date.valueOf(today()))
                .query(Offer::read)
                .list();
    }

    boolean isSaved(String email, long offerId) {
        return jdbc.sql("select count(*) from job_saved_offer where email = :email and offer_id = :offer")
                        .param("email", email)
                        .param("offer", offerId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The offers a member posted from their space, newest first. */
    List<Offer> postedBy(String email) {
        return jdbc.sql("select " + Offer.COLUMNS + " from job_offer where poster_email = :email "
                        + "and member_id is not null order by created_at desc, id desc limit 50")
                .param("email", email)
                .query(Offer::read)
                .list();
    }
}
