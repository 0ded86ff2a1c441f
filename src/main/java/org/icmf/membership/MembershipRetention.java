package org.icmf.membership;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention periods the adhesion form announces (RGPD), enforced every night: a former member is erased
 * {@code icmf.membership.former-member-retention-years} civil years after the last year they paid for (or
 * joined, if they never paid), exactly as if they had asked; a rejected application is deleted
 * {@code icmf.membership.rejected-application-retention} after the decision.
 */
@Service
@Transactional
public class MembershipRetention {

    private final JdbcClient jdbc;
    private final MembershipPersonalData personalData;
    private final MembershipProperties properties;
    private final Clock clock;

    MembershipRetention(
            JdbcClient jdbc, MembershipPersonalData personalData, MembershipProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.properties = properties;
        this.clock = clock;
    }

    /** The nightly run: one instance at a time (ShedLock), the others skip it. */
    @Scheduled(cron = "${icmf.membership.retention-cron:0 25 4 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "membership.retention")
    void enforceOnSchedule() {
        enforce();
    }

    /** Returns how many members and applications were erased. */
    public int enforce() {
        int firstKeptYear = Year.now(clock).getValue() - properties.formerMemberRetentionYears();
        List<String> formerMembers = jdbc.sql("""
                select m.email from membership_member m
                where coalesce((select max(d.year) from membership_due d where d.member_id = m.id),
                               extract(year from m.joined_at at time zone :zone)::int) < :firstKeptYear""")
                .param("zone", clock.getZone().getId())
                .param("firstKeptYear", firstKeptYear)
                .query(String.class)
                .list();
        int erased = formerMembers.stream().mapToInt(personalData::erase).sum();
        return erased
                + personalData.eraseRejectedBefore(clock.instant().minus(properties.rejectedApplicationRetention()));
    }
}
