package org.icmf.membership;

import org.icmf.web.Labelled;

/** Where a member made a choice about their data, recorded with its date. */
public enum ConsentSource implements Labelled {
    /** the adhesion form */
    ADHESION,
    /** a "Mes données" link */
    MES_DONNEES,
    /** the members' space */
    ESPACE_MEMBRE,
    /** the stop link of a renewal reminder */
    LIEN_RAPPEL;

    @Override
    public String labelKey() {
        return "membership.consentSource." + name();
    }
}
