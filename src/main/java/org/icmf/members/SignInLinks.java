package org.icmf.members;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.mail.MailOutbox;
import org.icmf.membership.MemberSelfService;
import org.icmf.membership.MemberSelfService.MemberIdentity;
import org.icmf.web.FormAttempts;
import org.icmf.web.FrenchDates;
import org.icmf.web.SiteProperties;
import org.icmf.web.Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in links of the members' space: a member's address asks, a link valid a few minutes is mailed to it and
 * signs in once. As with "Mes données", a known and an unknown address run the same statements (the attempt counted,
 * the member looked up, a link row written) and only the mail differs, so that neither the answer nor its time tells
 * whether the address is a member's. The mail quotes nothing the visitor typed.
 */
@Service
@Transactional
class SignInLinks {

    static final String FORM = "MEMBER_SIGN_IN";

    private final JdbcClient jdbc;
    private final MemberSelfService members;
    private final FormAttempts attempts;
    private final MailOutbox mail;
    private final SiteProperties site;
    private final MembersProperties properties;
    private final Clock clock;

    SignInLinks(
            JdbcClient jdbc,
            MemberSelfService members,
            FormAttempts attempts,
            MailOutbox mail,
            SiteProperties site,
            MembersProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.attempts = attempts;
        this.mail = mail;
        this.site = site;
        this.properties = properties;
        this.clock = clock;
    }

    /** Mails a sign-in link to the address if it is a member's and within the forms' rate limits. */
    void request(String email, String addressHash) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        FormAttempts.Outcome outcome = attempts.record(FORM, address, addressHash);
        Optional<MemberIdentity> member = members.findByEmail(address);
        String token = Tokens.random();
        Instant now = clock.instant();
        jdbc.sql("insert into members_sign_in_link (token_hash, email, created_at, expires_at) "
                        + "values (:hash, :email, :now, :expires)")
                .param("hash", Tokens.hash(token))
                .param("email", address)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(properties.signInLinkValidity())))
                .update();
        if (member.isPresent() && outcome == FormAttempts.Outcome.ACCEPTED) {
            mail.queue(
                    member.get().email(),
                    "members/sign-in-link",
                    Map.of(
                            "link",
                            site.absoluteUrl("/espace-membre/connexion/" + token),
                            "minutes",
                            properties.signInLinkValidity().toMinutes()));
        }
    }

    /** How long a link signs in, in French, for the page that sends them. */
    String validity() {
        return FrenchDates.duration(properties.signInLinkValidity());
    }

    /** How often one address gets a link, in French: asking again sooner sends nothing. */
    String interval() {
        return FrenchDates.duration(attempts.mailInterval());
    }

    /** Whether a link can still sign in: its page then shows the button, otherwise says to ask for another. */
    @Transactional(readOnly = true)
    boolean usable(String token) {
        return Tokens.stillValid(
                jdbc,
                "select count(*) from members_sign_in_link where token_hash = :hash "
                        + "and used_at is null and expires_at > :now",
                token,
                clock.instant());
    }

    /** Spends a link: the member it signs in, once; empty when it is unknown, spent, expired or no member's. */
    Optional<MemberIdentity> use(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("update members_sign_in_link set used_at = :now "
                        + "where token_hash = :hash and used_at is null and expires_at > :now returning email")
                .param("hash", Tokens.hash(token))
                .param("now", now)
                .query(String.class)
                .optional()
                .flatMap(members::findByEmail);
    }

    /** The links asked for an address, as "Mes données" shows them (each column aliased by its label's key). */
    @Transactional(readOnly = true)
    List<Map<String, Object>> of(String email) {
        return jdbc.sql("""
                select created_at as "members.data.askedAt", expires_at as "members.data.expiresAt",
                       used_at as "members.data.usedAt"
                from members_sign_in_link where email = :email order by created_at""").param("email", email).query().listOfRows();
    }

    /** Forgets an address's links (its owner asked for erasure). */
    int erase(String email) {
        return jdbc.sql("delete from members_sign_in_link where email = :email")
                .param("email", email)
                .update();
    }

    /** Expired links are deleted every night, one instance at a time. */
    @Scheduled(cron = "0 25 4 * * *", zone = "Europe/Paris")
    @SchedulerLock(name = "members.sign-in-links")
    void purgeExpiredOnSchedule() {
        purgeExpired();
    }

    int purgeExpired() {
        return jdbc.sql("delete from members_sign_in_link where expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
