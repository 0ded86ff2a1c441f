package org.icmf.contact;

/** What a message is about, as its sender chose it; {@link #REPRESENTATIVE} only when writing to a representative. */
public enum Topic {
    MEMBERSHIP("Adhésion"),
    PRESS("Presse"),
    PARTNERSHIP("Partenariat"),
    EVENTS("Événements"),
    OTHER("Autre"),
    REPRESENTATIVE("Représentant régional");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
