package org.icmf.jobs;

import org.icmf.web.Labelled;

/** What an offer is: a contract of employment, a work-study or an internship, or a freelance mission. */
enum OfferKind implements Labelled {
    CDI("FULL_TIME"),
    CDD("TEMPORARY"),
    ALTERNANCE("INTERN"),
    STAGE("INTERN"),
    FREELANCE("CONTRACTOR");

    private final String employmentType;

    OfferKind(String employmentType) {
        this.employmentType = employmentType;
    }

    @Override
    public String labelKey() {
        return "jobs.kind." + name();
    }

    /** Its schema.org {@code employmentType}. */
    String employmentType() {
        return employmentType;
    }
}
