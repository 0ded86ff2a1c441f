package org.icmf.regions;

import org.icmf.web.Labelled;

/**
 * Where a member lives: the regions of France since 2016, the overseas regions (DROM), or abroad. The
 * overseas ones have their own telephone country code, used to read a number typed in national form.
 */
public enum Region implements Labelled {
    AUVERGNE_RHONE_ALPES("FR"),
    BOURGOGNE_FRANCHE_COMTE("FR"),
    BRETAGNE("FR"),
    CENTRE_VAL_DE_LOIRE("FR"),
    CORSE("FR"),
    GRAND_EST("FR"),
    HAUTS_DE_FRANCE("FR"),
    ILE_DE_FRANCE("FR"),
    NORMANDIE("FR"),
    NOUVELLE_AQUITAINE("FR"),
    OCCITANIE("FR"),
    PAYS_DE_LA_LOIRE("FR"),
    PROVENCE_ALPES_COTE_D_AZUR("FR"),
    GUADELOUPE("GP"),
    GUYANE("GF"),
    MARTINIQUE("MQ"),
    LA_REUNION("RE"),
    MAYOTTE("YT"),
    ABROAD("FR");

    private final String phoneRegion;

    Region(String phoneRegion) {
        this.phoneRegion = phoneRegion;
    }

    @Override
    public String labelKey() {
        return "region." + name();
    }

    /** The ISO country whose national numbering a number typed without "+" is read in. */
    public String phoneRegion() {
        return phoneRegion;
    }

    public boolean overseas() {
        return !"FR".equals(phoneRegion);
    }
}
