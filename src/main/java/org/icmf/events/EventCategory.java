package org.icmf.events;

import org.icmf.web.Labelled;

/** What kind of gathering an event is, with its French name. */
public enum EventCategory implements Labelled {
    CAFE,
    AWARDS,
    RALLY,
    VIDEO_CONFERENCE,
    FAIR,
    TRAINING,
    MONTHLY_MEETING;

    @Override
    public String labelKey() {
        return "event.category." + name();
    }

    public boolean online() {
        return this == VIDEO_CONFERENCE;
    }
}
