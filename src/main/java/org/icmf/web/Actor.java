package org.icmf.web;

/** Who did something in the admin area: a board account and its name then, or the site itself (no account). */
public record Actor(Long accountId, String name) {

    /** Scheduled jobs (the trash emptied after 30 days, …). */
    public static final Actor SYSTEM = new Actor(null, "Système");
}
