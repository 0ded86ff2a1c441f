package org.icmf.security;

import org.icmf.web.Labelled;

/** What a board member may do; a member may hold several roles. ADMIN includes all the others. */
public enum Role implements Labelled {
    ADMIN,
    EDITOR,
    MODERATOR,
    TREASURER;

    @Override
    public String labelKey() {
        return "role." + name();
    }

    /** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
