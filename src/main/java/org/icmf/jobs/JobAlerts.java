package org.icmf.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icmf.mail.MailOutbox;
import org.icmf.membership.MemberSelfService;
import org.icmf.regions.Region;
import org.icmf.web.SiteProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members told by mail of new offers: in the region of their membership at the time an offer is published (read
 * then, so a member who moves follows), and every remote offer. Each member's consent is dated; an address that is no
 * longer a member's is mailed nothing. One mail per offer and address ({@code job_alert_delivery}), however often the
 * offer is published again.
 */
@Service
@Transactional
class JobAlerts {

    private final JdbcClient jdbc;
    private final MemberSelfService members;
    private final MailOutbox outbox;
    private final SiteProperties site;
    private final Clock clock;

    JobAlerts(JdbcClient jdbc, MemberSelfService members, MailOutbox outbox, SiteProperties site, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.outbox = outbox;
        this.site = site;
        this.clock = clock;
    }

    /** When this address asked for alerts; empty when it did not. */
    @Transactional(readOnly = true)
    Optional<Instant> consent(String email) {
        return jdbc.sql("select consented_at from job_alert where email = :email")
                .param("email", email)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Turns alerts on (an address already subscribed keeps its first consent) or off. */
    void choose(String email, boolean chosen) {
        if (chosen) {
            jdbc.sql("insert into job_alert (email, consented_at) values (:email, :now) on conflict do nothing")
                    .param("email", email)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } else {
            jdbc.sql("delete from job_alert where email = :email")
                    .param("email", email)
                    .update();
        }
    }

    /** Mails the members whose region the offer is in (all of them for a remote offer), each once. */
    void announce(Offer offer) {
        List<String> subscribed = jdbc.sql("select email from job_alert order by email")
                .query(String.class)
                .list();
        for (String email : subscribed) {
            if (concerns(offer, email) && firstTime(offer, email)) {
                outbox.queue(
                        email,
                        "jobs/alert",
                        Map.of(
                                "title", offer.title(),
                                "organisation", offer.organisation(),
                                "page", site.absoluteUrl(offer.path()),
                                "space", site.absoluteUrl("/espace-membre")));
            }
        }
    }

    private boolean concerns(Offer offer, String email) {
        Optional<Region> region = members.findByEmail(email)
                .map(member -> members.contactDetails(member.id()).region())
                .flatMap(JobAlerts::region);
        return region.isPresent() && (offer.remote() || region.get() == offer.region());
    }

    private static Optional<Region> region(String name) {
        for (Region region : Region.values()) {
            if (region.name().equals(name)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    private boolean firstTime(Offer offer, String email) {
        return jdbc.sql(
                                "insert into job_alert_delivery (offer_id, email) values (:offer, :email) on conflict do nothing")
                        .param("offer", offer.id())
                        .param("email", email)
                        .update()
                == 1;
    }
}
