package org.icmf.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The defences of the forms anyone may send (comments, contact), see {@link SpamGuard}.
 *
 * @param minimumFillTime  a form sent sooner than this after it was shown was filled by a robot
 * @param maximumFillTime  a form older than this is shown again (its stamp is stale or replayed from long ago)
 * @param maximumLinks     more links than this in a text is spam
 * @param forbiddenWords   words (any case, accents ignored) that mark a text as spam
 * @param rateWindow       the window in which sending is counted…
 * @param maximumPerAddress …per client address (stored only as a keyed hash)…
 * @param maximumPerEmail  …and per e-mail address
 * @param mailInterval     the forms that mail a typed address ({@link FormAttempts}) mail it at most once in this
 *                         interval…
 * @param mailsPerHour     …and at most this many times an hour (whatever is typed, the answer is the same)
 * @param formKey          the secret that signs form stamps and hashes client addresses (ICMF_FORM_KEY); unset,
 *                         one is drawn once and kept in the database, shared by every instance
 */
@ConfigurationProperties("icmf.spam")
public record SpamProperties(
        @DefaultValue("3s") Duration minimumFillTime,
        @DefaultValue("2d") Duration maximumFillTime,
        @DefaultValue("2") int maximumLinks,
        @DefaultValue({}) List<String> forbiddenWords,
        @DefaultValue("10m") Duration rateWindow,
        @DefaultValue("5") int maximumPerAddress,
        @DefaultValue("5") int maximumPerEmail,
        @DefaultValue("10m") Duration mailInterval,
        @DefaultValue("3") int mailsPerHour,
        String formKey) {}
