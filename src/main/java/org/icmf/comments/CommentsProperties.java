package org.icmf.comments;

import java.time.Duration;
import org.icmf.web.FrenchDates;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param closeAfter              a post stops taking comments this long after its publication (pages: never, only
 *                                their switch counts)
 * @param trustKnownAuthors       once an e-mail address has an approved comment, its next ones appear without
 *                                waiting; false: every visitor's comment waits for a moderator
 * @param maxLength               longest comment accepted, in characters
 * @param feedSize                entries in a subject's comment feed
 * @param moderatorNoticeInterval how often moderators get one e-mail listing the comments that arrived since the
 *                                last one (nothing is sent when nothing arrived)
 * @param addressRetention        how long the keyed hash of a commenter's client address is kept (rate limit)
 * @param emailRetention          how long a commenter's e-mail address is kept; after it, their comments stay
 *                                published without it (no more reply notices, no more "known author")
 * @param discardedRetention      how long refused and spam comments are kept before being deleted
 * @param threadsPerPage          comment threads (a first comment and its replies) per page under a subject
 */
@ConfigurationProperties("icmf.comments")
public record CommentsProperties(
        @DefaultValue("90d") Duration closeAfter,
        @DefaultValue("true") boolean trustKnownAuthors,
        @DefaultValue("5000") int maxLength,
        @DefaultValue("20") int feedSize,
        @DefaultValue("30m") Duration moderatorNoticeInterval,
        @DefaultValue("30d") Duration addressRetention,
        @DefaultValue("730d") Duration emailRetention,
        @DefaultValue("90d") Duration discardedRetention,
        @DefaultValue("50") int threadsPerPage) {

    /** {@link #closeAfter} in whole days, as the page says it. */
    public long closeAfterDays() {
        return closeAfter.toDays();
    }

    /** {@link #emailRetention} as the consent's text says it: "2 ans", "180 jours". */
    public String emailRetentionInFrench() {
        return FrenchDates.duration(emailRetention);
    }
}
