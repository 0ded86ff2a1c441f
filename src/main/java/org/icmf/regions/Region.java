package org.icmf.regions;

/**
 * Where a member lives: the regions of France since 2016, the overseas regions (DROM), or abroad. The
 * overseas ones have their own telephone country code, used to read a number typed in national form.
 */
public enum Region {
    AUVERGNE_RHONE_ALPES("Auvergne-Rhône-Alpes", "FR"),
    BOURGOGNE_FRANCHE_COMTE("Bourgogne-Franche-Comté", "FR"),
    BRETAGNE("Bretagne", "FR"),
    CENTRE_VAL_DE_LOIRE("Centre-Val de Loire", "FR"),
    CORSE("Corse", "FR"),
    GRAND_EST("Grand Est", "FR"),
    HAUTS_DE_FRANCE("Hauts-de-France", "FR"),
    ILE_DE_FRANCE("Île-de-France", "FR"),
    NORMANDIE("Normandie", "FR"),
    NOUVELLE_AQUITAINE("Nouvelle-Aquitaine", "FR"),
    OCCITANIE("Occitanie", "FR"),
    PAYS_DE_LA_LOIRE("Pays de la Loire", "FR"),
    PROVENCE_ALPES_COTE_D_AZUR("Provence-Alpes-Côte d’Azur", "FR"),
    GUADELOUPE("Guadeloupe", "GP"),
    GUYANE("Guyane", "GF"),
    MARTINIQUE("Martinique", "MQ"),
    LA_REUNION("La Réunion", "RE"),
    MAYOTTE("Mayotte", "YT"),
    ABROAD("Hors de France", "FR");

    private final String label;
    private final String phoneRegion;

    Region(String label, String phoneRegion) {
        this.label = label;
        this.phoneRegion = phoneRegion;
    }

    public String label() {
        return label;
    }

    /** The ISO country whose national numbering a number typed without "+" is read in. */
    public String phoneRegion() {
        return phoneRegion;
    }

    public boolean overseas() {
        return !"FR".equals(phoneRegion);
    }
}
