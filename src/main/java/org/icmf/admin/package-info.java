/**
 * The board's dashboard and menu, built from every module's {@link org.icmf.security.spi.AdminSection}, and the
 * trash and revision pages shared by the contents that implement {@code admin.spi}; each feature keeps its own
 * admin pages under /admin/&lt;feature&gt;.
 */
@ApplicationModule(
        allowedDependencies = {"security", "security :: spi", "web"},
        displayName = "Admin dashboard")
package org.icmf.admin;

import org.springframework.modulith.ApplicationModule;
