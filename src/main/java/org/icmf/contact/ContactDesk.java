package org.icmf.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.icmf.regions.Region;
import org.icmf.web.SpamGuard;
import org.icmf.web.Tokens;
import org.icmf.web.TransactionLocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives what visitors send through the contact form: the rate limit and the same form sent twice are checked
 * under a lock per client address and per e-mail (so parallel sends are counted one after the other), then the
 * message is stored and, unless the spam rules kept it aside, mailed to whom it is for and acknowledged, all in
 * one transaction.
 */
@Service
@Transactional
class ContactDesk {

    /** How long the confirmation page shown after sending can be opened again (its link is in no mail). */
    static final Duration RECEIPT_VALIDITY = Duration.ofHours(1);

    private final ContactMessageRepository messages;
    private final ContactMail mail;
    private final SpamGuard guard;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor texts;
    private final Clock clock;

    ContactDesk(
            ContactMessageRepository messages,
            ContactMail mail,
            SpamGuard guard,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            MessageSourceAccessor texts,
            Clock clock) {
        this.messages = messages;
        this.mail = mail;
        this.guard = guard;
        this.jdbc = jdbc;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Stores a message (in the spam folder when {@code spam}, without any mail) and returns the token of its
     * confirmation page.
     *
     * @throws AlreadySentException when this very form (stamp, e-mail and text) was sent already
     * @throws TooFrequentException when its address or e-mail sent as many messages as allowed in the window
     */
    String submit(Submission submission, boolean spam) {
        TransactionLocks.hold(jdbc, "contact:address:" + submission.addressHash());
        TransactionLocks.hold(jdbc, "contact:email:" + submission.email());
        if (messages.existsBySubmissionKey(submission.key())) {
            throw new AlreadySentException();
        }
        Instant since = guard.rateWindowStart();
        if (guard.tooFrequent(
                messages.countFromAddressSince(submission.addressHash(), since),
                messages.countFromEmailSince(submission.email(), since))) {
            throw new TooFrequentException();
        }
        Instant now = clock.instant();
        ContactMessage message = new ContactMessage(submission, spam ? Folder.SPAM : Folder.INBOX, now);
        String token = Tokens.random();
        message.receipt(Tokens.hash(token), now.plus(RECEIPT_VALIDITY));
        messages.save(message);
        if (!spam) {
            mail.deliver(message);
            events.publishEvent(
                    new ContactMessageReceived(message.getId(), message.getTopic(), message.getRegion() != null, now));
        }
        return token;
    }

    /** What the confirmation page repeats to the sender, while its link is valid. */
    record Sent(
            String topic,
            String name,
            String email,
            String organisation,
            String regionLabel,
            String representativeName,
            String message) {}

    @Transactional(readOnly = true)
    Optional<Sent> receipt(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return messages.findByReceiptTokenHash(Tokens.hash(token))
                .filter(message -> message.getReceiptExpiresAt() != null
                        && message.getReceiptExpiresAt().isAfter(now))
                .map(message -> new Sent(
                        texts.getMessage(message.getTopic()),
                        message.getSenderName(),
                        message.getSenderEmail(),
                        message.getOrganisation(),
                        message.getRegion() == null ? null : texts.getMessage(Region.valueOf(message.getRegion())),
                        message.getRepresentativeName(),
                        message.getBody()));
    }

    /** The key that recognises the same form sent again: its stamp, e-mail and text, hashed. */
    static String submissionKey(String stamp, String email, String message) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((stamp + "\n" + email + "\n" + message).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The same form was sent already. */
    static class AlreadySentException extends RuntimeException {}

    /** Too many messages from this address or e-mail within the rate window. */
    static class TooFrequentException extends RuntimeException {}
}
