/**
 * What the admin area asks of the modules whose content it serves generic pages for: the trash of a kind of
 * content ({@link org.icmf.admin.spi.TrashCan}) and its saved versions ({@link org.icmf.admin.spi.RevisionHistory}).
 */
@NamedInterface("spi")
package org.icmf.admin.spi;

import org.springframework.modulith.NamedInterface;
