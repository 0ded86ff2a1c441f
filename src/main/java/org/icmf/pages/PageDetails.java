package org.icmf.pages;

import jakarta.persistence.Embeddable;

/**
 * What a page has besides its address, title and text, and each revision keeps: its title in the main menu (not in
 * the menu when null), its position there, and its summary for search engines.
 */
@Embeddable
record PageDetails(String navTitle, Integer navOrder, String description) {

    /** Hibernate reads a page whose three columns are null as no details at all. */
    static PageDetails orNone(PageDetails details) {
        return details == null ? new PageDetails(null, null, null) : details;
    }
}
