package org.icmf.tips;

import org.icmf.web.Labelled;

/** Where a tip stands; only PUBLISHED is on the public pages. */
enum TipStatus implements Labelled {
    /** waits for the board: its author had no tip approved yet, or the spam rules held it */
    PENDING,
    PUBLISHED,
    /** taken off the public pages by readers' flags until the board looks at it */
    FLAGGED,
    REJECTED,
    /** taken off the public pages by the board */
    UNPUBLISHED;

    @Override
    public String labelKey() {
        return "tips.status." + name();
    }
}
