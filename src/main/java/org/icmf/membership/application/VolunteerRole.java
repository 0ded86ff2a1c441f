package org.icmf.membership.application;

import org.icmf.web.Labelled;

/** The board roles the welcome post of 2009 asked volunteers for. */
public enum VolunteerRole implements Labelled {
    CONTENT_MANAGER,
    PLATFORM_COMMUNITY_MANAGER,
    EDITORIALIST,
    EXTERNAL_RELATIONS;

    @Override
    public String labelKey() {
        return "volunteerRole." + name();
    }
}
