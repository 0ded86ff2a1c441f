package org.icmf.mail;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails repeat personal data: once sent, kept or given up, they are deleted with their attachments
 * {@code icmf.mail.retention} after they were written. Mails still waiting are never deleted here.
 */
@Service
@Transactional
class MailRetention {

    private final OutboxMailRepository mails;
    private final MailProperties properties;
    private final Clock clock;

    MailRetention(OutboxMailRepository mails, MailProperties properties, Clock clock) {
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /** The nightly run: one instance at a time (ShedLock), the others skip it. */
    @Scheduled(cron = "${icmf.mail.retention-cron:0 55 3 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "mail.retention")
    void purgeOnSchedule() {
        purge();
    }

    /** Returns how many mails were deleted. */
    public int purge() {
        return mails.deleteDoneBefore(clock.instant().minus(properties.retention()));
    }
}
