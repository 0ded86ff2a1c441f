package org.icmf.members;

import java.io.Serializable;

/**
 * The member a members' space session belongs to: its principal ({@code @AuthenticationPrincipal}), kept in the
 * session store, so serializable. Their name and address are read again from the membership when shown.
 */
public record SignedInMember(long memberId) implements Serializable {

    /** The name under which Spring Session indexes the member's sessions: apart from board logins (e-mails). */
    String sessionIndex() {
        return "membre:" + memberId;
    }
}
