package org.icmf.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Defences of the forms anyone may send (comments, contact) against robots, without any third-party service:
 * a honeypot field people never see, a signed stamp of when the form was shown (too fast is a robot, too old
 * or forged is shown again), a limit on links, forbidden words, and a rate limit per client address and per
 * e-mail that each feature counts in its own table. Client addresses are only ever stored as keyed hashes.
 * <p>
 * The key signs stamps and hashes addresses, so every instance must hold the same one, across restarts too:
 * it is {@code icmf.spam.form-key} when set, otherwise one drawn once and kept in the {@code web_secret} table
 * (read at first use, so that Flyway has created the table by then).
 */
@Component
public class SpamGuard {

    /** What a sent form looks like; only {@link #PASSED} is a person's normal message. */
    public enum Verdict {
        PASSED,
        /** the hidden field was filled: a robot; answer as if all went well, keep nothing */
        HONEYPOT,
        /** sent sooner than a person could: show the form again with what was typed */
        TOO_FAST,
        /** stamp missing, forged or too old: show the form again with what was typed */
        STALE_FORM,
        /** too many links, or a forbidden word: a person may have sent it, kept aside as spam */
        SPAM_CONTENT
    }

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final String KEY_NAME = "spam-guard-key";

    private final SpamProperties properties;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;
    private final List<String> forbiddenWords;
    private volatile byte[] key;
    /** A keyed HMAC for each thread: looking the algorithm up and keying it cost more than signing a stamp. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    SpamGuard(SpamProperties properties, Clock clock, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transactions = transactions;
        if (properties.formKey() != null && !properties.formKey().isBlank()) {
            this.key = properties.formKey().getBytes(StandardCharsets.UTF_8);
        }
        this.forbiddenWords = properties.forbiddenWords().stream()
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .map(SpamGuard::fold)
                .toList();
    }

    /** The stamp to put in a hidden field of a form being shown: when, signed. */
    public String stamp() {
        String millis = Long.toString(clock.millis());
        return millis + "." + sign(millis);
    }

    /**
     * Judges a sent form: its stamp, its honeypot and its texts (the message, a name, a subject…); the rate limit
     * is checked apart with {@link #tooFrequent}, since each feature counts in its own table.
     */
    public Verdict check(String stamp, String honeypot, String... texts) {
        if (honeypot != null && !honeypot.isBlank()) {
            return Verdict.HONEYPOT;
        }
        Instant shownAt = shownAt(stamp);
        if (shownAt == null) {
            return Verdict.STALE_FORM;
        }
        Duration age = Duration.between(shownAt, clock.instant());
        if (age.isNegative() || age.compareTo(properties.maximumFillTime()) > 0) {
            return Verdict.STALE_FORM;
        }
        if (age.compareTo(properties.minimumFillTime()) < 0) {
            return Verdict.TOO_FAST;
        }
        int links = 0;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            links += (int) LINK.matcher(text).results().count();
            if (containsForbiddenWord(text)) {
                return Verdict.SPAM_CONTENT;
            }
        }
        return links > properties.maximumLinks() ? Verdict.SPAM_CONTENT : Verdict.PASSED;
    }

    /** Whether a sender already sent as much as allowed within {@link #rateWindowStart()}. */
    public boolean tooFrequent(long recentFromAddress, long recentFromEmail) {
        return recentFromAddress >= properties.maximumPerAddress() || recentFromEmail >= properties.maximumPerEmail();
    }

    /** Since when sending is counted for the rate limit. */
    public Instant rateWindowStart() {
        return clock.instant().minus(properties.rateWindow());
    }

    /** A client address as it may be stored: a keyed hash, the same for the same address, useless to anyone else. */
    public String addressHash(String remoteAddress) {
        return sign("address:" + (remoteAddress == null ? "" : remoteAddress)).substring(0, 43);
    }

    private boolean containsForbiddenWord(String text) {
        if (forbiddenWords.isEmpty()) {
            return false;
        }
        String folded = " " + fold(text) + " ";
        return forbiddenWords.stream().anyMatch(word -> folded.contains(" " + word + " "));
    }

    /** Lower case without accents, words separated by single spaces. */
    private static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private Instant shownAt(String stamp) {
        if (stamp == null || stamp.length() > 59 || !stamp.matches("\\d{1,15}\\.[A-Za-z0-9_-]{43}")) {
            return null;
        }
        int dot = stamp.indexOf('.');
        String millis = stamp.substring(0, dot);
        if (!MessageDigest.isEqual(
                sign(millis).getBytes(StandardCharsets.US_ASCII),
                stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        return Instant.ofEpochMilli(Long.parseLong(millis));
    }

    /** An e-mail address as a rate limit may count it without keeping it: a keyed hash, like {@link #addressHash}. */
    public String emailHash(String normalisedEmail) {
        return sign("email:" + (normalisedEmail == null ? "" : normalisedEmail)).substring(0, 43);
    }

    /**
     * The configured key, or the one kept in the database: inserted if absent, then read, so that instances
     * starting together agree on whichever insert won. In a transaction of its own: the first use may come
     * inside a read-only or a failing one.
     */
    private byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (key == null) {
                byte[] drawn = new byte[32];
                new SecureRandom().nextBytes(drawn);
                TransactionTemplate own = new TransactionTemplate(transactions);
                own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                own.executeWithoutResult(status -> jdbc.sql(
                                "insert into web_secret (name, value) values (:name, :value) on conflict (name) do nothing")
                        .param("name", KEY_NAME)
                        .param("value", Base64.getEncoder().encodeToString(drawn))
                        .update());
                String stored = own.execute(status -> jdbc.sql("select value from web_secret where name = :name")
                        .param("name", KEY_NAME)
                        .query(String.class)
                        .single());
                key = Base64.getDecoder().decode(stored);
            }
            return key;
        }
    }

    private String sign(String value) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
