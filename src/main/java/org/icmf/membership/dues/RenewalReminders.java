package org.icmf.membership.dues;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.mail.MailOutbox;
import org.icmf.membership.Member;
import org.icmf.membership.MemberRepository;
import org.icmf.membership.MembershipProperties;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.web.SiteProperties;
import org.icmf.web.Tokens;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewal reminders: from {@code icmf.membership.renewal-reminders-from} each year, last year's members who
 * have not paid this year's dues get one e-mail (never two in a year), with a link to stop these reminders.
 */
@Service
@Transactional
public class RenewalReminders {

    private final MemberRepository members;
    private final RenewalReminderRepository reminders;
    private final MailOutbox mail;
    private final MembershipApplications applications;
    private final SiteProperties site;
    private final MembershipProperties properties;
    private final Clock clock;

    RenewalReminders(
            MemberRepository members,
            RenewalReminderRepository reminders,
            MailOutbox mail,
            MembershipApplications applications,
            SiteProperties site,
            MembershipProperties properties,
            Clock clock) {
        this.members = members;
        this.reminders = reminders;
        this.mail = mail;
        this.applications = applications;
        this.site = site;
        this.properties = properties;
        this.clock = clock;
    }

    /** The morning run: one instance at a time (ShedLock), the others skip it. */
    @Scheduled(cron = "${icmf.membership.renewal-reminders-cron:0 0 9 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "membership.renewal-reminders")
    void sendOnSchedule() {
        send();
    }

    /** Every morning (a no-op before the reminders' day and once everyone was reminded); returns how many were sent. */
    public int send() {
        LocalDate today = LocalDate.now(clock);
        if (MonthDay.from(today).isBefore(properties.renewalRemindersFrom())) {
            return 0;
        }
        int year = today.getYear();
        Instant now = clock.instant();
        int sent = 0;
        for (Member member : members.toRemind(year)) {
            String token = Tokens.random();
            // Recorded first, under the unique (member, year): a second run or instance records nothing, sends nothing.
            if (reminders.record(member.getId(), year, Tokens.hash(token), now) == 0) {
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("firstName", member.getFirstName());
            model.put("year", year);
            model.put("memberNumber", member.getMemberNumber());
            model.put("cheque", applications.chequeInstructions());
            model.put("stopLink", site.absoluteUrl("/adherer/rappels/" + token));
            mail.queue(member.getEmail(), "membership/renewal-reminder", model);
            sent++;
        }
        return sent;
    }

    /** Stops the reminders of the member a link was sent to; false when the link is unknown. */
    public boolean stop(String token) {
        if (!Tokens.wellFormed(token)) {
            return false;
        }
        return reminders
                .findByUnsubscribeTokenHash(Tokens.hash(token))
                .flatMap(reminder -> members.findById(reminder.getMemberId()))
                .map(member -> {
                    member.stopReminders(clock.instant());
                    return true;
                })
                .orElse(false);
    }
}
