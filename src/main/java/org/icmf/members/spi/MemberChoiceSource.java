package org.icmf.members.spi;

import java.time.Instant;
import java.util.List;

/**
 * Choices a module other than the membership offers a member in their space, shown in the same form as the
 * directory and reminder choices, each with the date it was made. The newsletter module implements it for its
 * subscription (issue 17); nothing else does yet.
 */
public interface MemberChoiceSource {

    /** The choices offered to the member with this address (stripped, lower case). */
    List<MemberChoice> choices(String email);

    /** Records the member's answer to one of this source's choices, from their space ({@code key} is its own). */
    void choose(String email, String key, boolean chosen);

    /**
     * @param key      unique among every source's choices, sent back by the form
     * @param label    what the checkbox says, in French
     * @param chosenAt when the current answer was given, null when never
     * @param source   where it was given, in French ("espace membre", "formulaire /lettre"…)
     */
    record MemberChoice(String key, String label, boolean chosen, Instant chosenAt, String source) {}
}
