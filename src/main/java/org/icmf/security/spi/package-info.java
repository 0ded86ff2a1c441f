/**
 * What the security module asks of every module with pages under {@code /admin}: one
 * {@link org.icmf.security.spi.AdminSection} bean each, from which the security rules, the admin menu and the
 * dashboard are all derived.
 */
@NamedInterface("spi")
package org.icmf.security.spi;

import org.springframework.modulith.NamedInterface;
