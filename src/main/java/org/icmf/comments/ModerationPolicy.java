package org.icmf.comments;

import org.icmf.web.SpamGuard.Verdict;

/** Where a visitor's comment lands when it is stored. */
final class ModerationPolicy {

    private ModerationPolicy() {}

    /**
     * Spam-looking content goes to the spam folder whoever sent it (a person may have: it can be restored); a
     * known author — an address with an approved comment — is published at once unless that trust is turned off;
     * anyone else waits for a moderator.
     */
    static CommentStatus initialStatus(Verdict verdict, boolean knownAuthor, boolean trustKnownAuthors) {
        if (verdict == Verdict.SPAM_CONTENT) {
            return CommentStatus.SPAM;
        }
        if (verdict != Verdict.PASSED) {
            throw new IllegalArgumentException("Only a passed or spam-looking comment is stored, not " + verdict);
        }
        return knownAuthor && trustKnownAuthors ? CommentStatus.APPROVED : CommentStatus.PENDING;
    }
}
