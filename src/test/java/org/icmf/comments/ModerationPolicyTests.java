package org.icmf.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.icmf.web.SpamGuard.Verdict;
import org.junit.jupiter.api.Test;

/** Where a stored comment lands, with {@code icmf.comments.trust-known-authors} on (default) and off. */
class ModerationPolicyTests {

    @Test
    void holdsAFirstTimeCommenterForModeration() {
        assertThat(ModerationPolicy.initialStatus(Verdict.PASSED, false, true)).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void publishesAKnownAuthorAtOnce() {
        assertThat(ModerationPolicy.initialStatus(Verdict.PASSED, true, true)).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void holdsEveryoneWhenTrustInKnownAuthorsIsTurnedOff() {
        assertThat(ModerationPolicy.initialStatus(Verdict.PASSED, true, false)).isEqualTo(CommentStatus.PENDING);
        assertThat(ModerationPolicy.initialStatus(Verdict.PASSED, false, false)).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void keepsSpamLookingContentAsideEvenFromAKnownAuthor() {
        assertThat(ModerationPolicy.initialStatus(Verdict.SPAM_CONTENT, true, true))
                .isEqualTo(CommentStatus.SPAM);
    }

    @Test
    void storesNothingElse() {
        assertThatThrownBy(() -> ModerationPolicy.initialStatus(Verdict.HONEYPOT, true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
