package org.icmf.events;

/** What kind of gathering an event is, with its French name. */
public enum EventCategory {
    CAFE("Café des Community managers"),
    AWARDS("Soirée des Awards"),
    RALLY("Rallye"),
    VIDEO_CONFERENCE("Visio-conférence"),
    FAIR("Salon / forum"),
    TRAINING("Formation"),
    MONTHLY_MEETING("Réunion mensuelle");

    private final String label;

    EventCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean online() {
        return this == VIDEO_CONFERENCE;
    }
}
