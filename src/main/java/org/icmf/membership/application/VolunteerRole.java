package org.icmf.membership.application;

/** The board roles the welcome post of 2009 asked volunteers for. */
public enum VolunteerRole {
    CONTENT_MANAGER("Content manager, animateur du site web"),
    PLATFORM_COMMUNITY_MANAGER("Community manager, animateur de la plate-forme communautaire de l’ICMF"),
    EDITORIALIST("Éditorialiste / rédacteur"),
    EXTERNAL_RELATIONS("Responsable des relations externes");

    private final String label;

    VolunteerRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
