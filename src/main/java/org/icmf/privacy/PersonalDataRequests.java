package org.icmf.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.mail.MailOutbox;
import org.icmf.privacy.spi.MemberChoices;
import org.icmf.privacy.spi.MemberChoices.Choices;
import org.icmf.privacy.spi.PersonalDataSource;
import org.icmf.web.FormAttempts;
import org.icmf.web.NotFoundException;
import org.icmf.web.SiteProperties;
import org.icmf.web.Tokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' and applicants' RGPD rights without an account: an address asks, a link sent to it opens what
 * every module holds for it ({@link PersonalDataSource}), to read, download as JSON, or erase. Nothing is sent
 * to an address the site knows nothing about, nor to one mailed too recently, and the answer is the same either way.
 */
@Service
@Transactional
public class PersonalDataRequests {

    private final JdbcClient jdbc;
    private final ObjectProvider<PersonalDataSource> sources;
    private final MemberChoices members;
    private final MailOutbox mail;
    private final SiteProperties site;
    private final PrivacyProperties properties;
    private final FormAttempts attempts;
    private final Clock clock;

    PersonalDataRequests(
            JdbcClient jdbc,
            ObjectProvider<PersonalDataSource> sources,
            MemberChoices members,
            MailOutbox mail,
            SiteProperties site,
            PrivacyProperties properties,
            FormAttempts attempts,
            Clock clock) {
        this.jdbc = jdbc;
        this.attempts = attempts;
        this.members = members;
        this.sources = sources;
        this.mail = mail;
        this.site = site;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * E-mails a link to the data held for this address, if there is any and the address was not mailed too recently
     * ({@link FormAttempts}). Known or not, within the limits or not, the same statements run (the attempt counted,
     * the sources read, a link row written) and only the mail differs, so that neither the answer nor its time
     * tells whether the site knows the address; the link row of an address not mailed opens nothing anyone has.
     */
    public void request(String email, String addressHash) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        FormAttempts.Outcome outcome = attempts.record("PERSONAL_DATA", address, addressHash);
        boolean known = collect(address).values().stream().anyMatch(records -> !records.isEmpty());
        String path = openFor(address);
        if (known && outcome == FormAttempts.Outcome.ACCEPTED) {
            mail.queue(
                    address,
                    "privacy/personal-data-link",
                    Map.of(
                            "link",
                            site.absoluteUrl(path),
                            "hours",
                            properties.linkValidity().toHours()));
        }
    }

    /**
     * A link to the data of an address whose owner is already known to be there (a member signed in to their
     * space): not mailed, returned as the path it opens.
     */
    public String openFor(String email) {
        String token = Tokens.random();
        Instant now = clock.instant();
        jdbc.sql(
                        "insert into personal_data_request (token_hash, email, created_at, expires_at) values (:hash, :email, :now, :expires)")
                .param("hash", Tokens.hash(token))
                .param("email", email.strip().toLowerCase(Locale.ROOT))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(properties.linkValidity())))
                .update();
        return "/mes-donnees/" + token;
    }

    /** The address a link opens, if it is known and not expired. */
    @Transactional(readOnly = true)
    public Optional<String> email(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select email from personal_data_request where token_hash = :hash and expires_at > :now")
                .param("hash", Tokens.hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class)
                .optional();
    }

    /** Everything held for an address (stripped, lower case, as links store it), by source title. */
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, String>>> collect(String email) {
        Map<String, List<Map<String, String>>> data = new LinkedHashMap<>();
        sources.orderedStream().forEach(source -> data.put(source.title(), source.find(email)));
        return data;
    }

    /** A member's choices about the directory and the renewal reminders; empty for someone who is not a member. */
    @Transactional(readOnly = true)
    public Optional<Choices> choices(String email) {
        return members.choices(email);
    }

    /** Records the choices of the member a link opens. */
    public void choose(String token, Choices choices) {
        String email = email(token).orElseThrow(() -> new NotFoundException("personal data link"));
        members.choose(email, choices);
    }

    /** Erases everything held for the address a link opens, and spends the address's links. */
    public int erase(String token) {
        String email = email(token).orElseThrow(() -> new NotFoundException("personal data link"));
        int erased =
                sources.orderedStream().mapToInt(source -> source.erase(email)).sum();
        jdbc.sql("delete from personal_data_request where email = :email")
                .param("email", email)
                .update();
        attempts.erase(email);
        return erased;
    }

    /** The nightly run: one instance at a time (ShedLock), the others skip it. */
    @Scheduled(cron = "${icmf.privacy.purge-cron:0 20 4 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "privacy.personal-data-links")
    void purgeExpiredLinksOnSchedule() {
        purgeExpiredLinks();
    }

    /** Expired links, and the rate limits' attempts of the day before, are forgotten every night. */
    public int purgeExpiredLinks() {
        attempts.purge();
        return jdbc.sql("delete from personal_data_request where expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
