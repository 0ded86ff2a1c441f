/** Standalone pages of the site (le métier, la charte, l'association, adhérer, …), stored in the database. */
@ApplicationModule(displayName = "Pages")
package org.icmf.pages;

import org.springframework.modulith.ApplicationModule;
