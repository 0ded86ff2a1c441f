package org.icmf.membership.application;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.mail.MailOutbox;
import org.icmf.membership.ChequeInstructions;
import org.icmf.membership.MembershipProperties;
import org.icmf.web.FormAttempts;
import org.icmf.web.SiteProperties;
import org.icmf.web.Tokens;
import org.icmf.web.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying for membership: the form's application is stored unconfirmed and its applicant gets a link to
 * confirm their e-mail (double opt-in); confirmed, it waits for the board's review. Unconfirmed applications
 * expire and are purged. One open application per e-mail address; the form answers the same whether or not the
 * address has one.
 */
@Service
@Transactional
public class MembershipApplications {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits that cannot be mistaken for one another when copied onto the back of a cheque. */
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** The mail with the confirmation link, which {@link ConfirmationLinkReissuer} can send again. */
    static final String CONFIRM_EMAIL = "membership/confirm-email";

    /** Where the e-mailed link opens the page whose button confirms (a mail scanner opening it changes nothing). */
    static final String CONFIRMATION_PATH = "/adherer/confirmation/";

    private final MembershipApplicationRepository applications;
    private final FormAttempts attempts;
    private final JdbcClient jdbc;
    private final MailOutbox mail;
    private final SiteProperties site;
    private final MembershipProperties properties;
    private final Clock clock;

    MembershipApplications(
            MembershipApplicationRepository applications,
            FormAttempts attempts,
            JdbcClient jdbc,
            MailOutbox mail,
            SiteProperties site,
            MembershipProperties properties,
            Clock clock) {
        this.applications = applications;
        this.attempts = attempts;
        this.jdbc = jdbc;
        this.mail = mail;
        this.site = site;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the applicant is told once their address is confirmed: how to pay. */
    public record Submitted(String reference, String firstName, String email, BigDecimal fee) {}

    /**
     * The form's way in: counted for the rate limits ({@link FormAttempts}), then applied when within them. The
     * address just mailed (or mailed too often this hour) gets nothing more, nothing is stored, and the visitor sees
     * the usual answer, which tells nothing about the address.
     *
     * @throws TooFrequentException when this client sent too many applications within the window
     */
    void submit(Applicant applicant, String addressHash) {
        switch (attempts.record("APPLICATION", applicant.email(), addressHash)) {
            case CLIENT_TOO_FREQUENT -> throw new TooFrequentException();
            case EMAIL_TOO_FREQUENT -> {}
            case ACCEPTED -> apply(applicant);
        }
    }

    /**
     * Stores an application and e-mails its confirmation link. When the address already has an open application,
     * nothing is stored and its owner is told so by mail, quoting nothing of what was typed: the visitor's answer
     * stays the same, so the form tells nobody who applied.
     */
    public void apply(Applicant applicant) {
        // One applicant at a time per address, so that the same form sent twice at once stores one application.
        TransactionLocks.hold(jdbc, "APPLICATION:open:" + applicant.email());
        Optional<MembershipApplication> open = applications.findOpen(applicant.email());
        if (open.isPresent()) {
            Map<String, Object> model = new HashMap<>();
            model.put("reference", open.get().getReference());
            model.put("unconfirmed", open.get().getStatus() == ApplicationStatus.UNCONFIRMED);
            model.put("validityDays", properties.confirmationValidity().toDays());
            mail.queue(open.get().getEmail(), "membership/already-applied", model);
            return;
        }
        Instant now = clock.instant();
        String token = Tokens.random();
        MembershipApplication application = new MembershipApplication(
                newReference(), applicant, Tokens.hash(token), now.plus(properties.confirmationValidity()), now);
        applications.save(application);
        mailConfirmationLink(application, token);
    }

    /**
     * A fresh confirmation link for an application still waiting for it (the mail's stored copy has its link
     * masked): the previous link stops working and the new one has the full validity. False when the application
     * is confirmed, expired or gone.
     */
    boolean reissueConfirmationLink(long applicationId) {
        Instant now = clock.instant();
        return applications
                .findById(applicationId)
                .filter(application -> application.getStatus() == ApplicationStatus.UNCONFIRMED)
                .filter(application -> application.confirmExpiresAt().isAfter(now))
                .map(application -> {
                    String token = Tokens.random();
                    application.renewConfirmToken(Tokens.hash(token), now.plus(properties.confirmationValidity()));
                    mailConfirmationLink(application, token);
                    return true;
                })
                .orElse(false);
    }

    private void mailConfirmationLink(MembershipApplication application, String token) {
        Map<String, Object> model = model(application);
        // The address is not confirmed yet: the mail repeats nothing typed (only the amount, a checked number).
        model.remove("firstName");
        model.put("link", site.absoluteUrl(CONFIRMATION_PATH + token));
        model.put("validityDays", properties.confirmationValidity().toDays());
        mail.queueWithLink(application.getEmail(), CONFIRM_EMAIL, model, application.getId());
    }

    /** Whether a confirmation link is one the site sent, still waiting to be used (shown before confirming). */
    @Transactional(readOnly = true)
    public boolean confirmable(String token) {
        return waiting(token).isPresent();
    }

    /**
     * Confirms the e-mail of the application a link opens; the board can then review it. Empty when the link is
     * unknown, already used or expired.
     */
    public Optional<Submitted> confirm(String token) {
        return waiting(token).map(application -> {
            application.confirm(clock.instant());
            mail.queue(application.getEmail(), "membership/application-received", model(application));
            return submitted(application);
        });
    }

    private Optional<MembershipApplication> waiting(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return applications
                .findByConfirmTokenHash(Tokens.hash(token))
                .filter(application -> application.getStatus() == ApplicationStatus.UNCONFIRMED)
                .filter(application -> application.confirmExpiresAt().isAfter(now));
    }

    /** The nightly run: one instance at a time (ShedLock), the others skip it. */
    @Scheduled(cron = "${icmf.membership.purge-cron:0 15 4 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "membership.unconfirmed-applications")
    void purgeUnconfirmedOnSchedule() {
        purgeUnconfirmed();
    }

    /** Every night, unconfirmed applications past their confirmation time are deleted. */
    public int purgeUnconfirmed() {
        return applications.deleteUnconfirmedBefore(clock.instant());
    }

    /** How to pay by cheque, as the pages and e-mails say it. */
    public ChequeInstructions chequeInstructions() {
        return new ChequeInstructions(
                properties.chequePayee(),
                site.name(),
                site.streetAddress(),
                site.postalCode(),
                site.city(),
                properties.suggestedFee());
    }

    private Map<String, Object> model(MembershipApplication application) {
        Map<String, Object> model = new HashMap<>();
        model.put("firstName", application.getFirstName());
        model.put("reference", application.getReference());
        model.put(
                "fee",
                application.getFeeAmount().stripTrailingZeros().toPlainString().replace('.', ','));
        model.put("cheque", chequeInstructions());
        return model;
    }

    private static Submitted submitted(MembershipApplication application) {
        return new Submitted(
                application.getReference(),
                application.getFirstName(),
                application.getEmail(),
                application.getFeeAmount());
    }

    /** "ICMF-2026-7KQ3PZ": short enough to write on the back of a cheque, unique. */
    private String newReference() {
        String reference;
        do {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                code.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
            }
            reference = "ICMF-" + Year.now(clock).getValue() + "-" + code;
        } while (applications.existsByReference(reference));
        return reference;
    }

    /** Too many applications from this client address within the rate window. */
    static class TooFrequentException extends RuntimeException {}
}
