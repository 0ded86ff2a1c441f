/** The board's dashboard; each feature keeps its own admin pages under /admin/&lt;feature&gt;. */
@ApplicationModule(
        allowedDependencies = {"audit", "blog", "comments", "contact", "events", "pages", "security", "web"},
        displayName = "Admin dashboard")
package org.icmf.admin;

import org.springframework.modulith.ApplicationModule;
