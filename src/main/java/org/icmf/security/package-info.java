/** Who may do what: the security filter chain, security headers and, later, board accounts and login. */
@ApplicationModule(
        allowedDependencies = {"audit", "privacy :: spi", "web"},
        displayName = "Security")
package org.icmf.security;

import org.springframework.modulith.ApplicationModule;
