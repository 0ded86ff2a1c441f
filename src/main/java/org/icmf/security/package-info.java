/**
 * Who may do what: board accounts and login, the security filter chain, whose admin rules come from the modules'
 * {@link org.icmf.security.spi.AdminSection}s, and security headers.
 */
@ApplicationModule(
        allowedDependencies = {"audit", "privacy :: spi", "web"},
        displayName = "Security")
package org.icmf.security;

import org.springframework.modulith.ApplicationModule;
