package org.icmf.security;

/** What a board member may do; a member may hold several roles. ADMIN includes all the others. */
public enum Role {
    ADMIN("Administrateur"),
    EDITOR("Rédacteur"),
    MODERATOR("Modérateur"),
    TREASURER("Trésorier");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
