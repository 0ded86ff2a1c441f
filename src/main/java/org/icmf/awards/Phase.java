package org.icmf.awards;

import org.icmf.web.Labelled;

/**
 * Where an edition stands, from its dates and whether the board published its results: announced, nominations open,
 * shortlist (the board picks the finalists), vote, counting (vote closed, results not published yet), results.
 */
enum Phase implements Labelled {
    ANNOUNCED,
    NOMINATIONS,
    SHORTLIST,
    VOTE,
    COUNTING,
    RESULTS;

    @Override
    public String labelKey() {
        return "awards.phase." + name();
    }
}
