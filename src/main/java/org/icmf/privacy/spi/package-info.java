/** What modules holding personal data implement so that "Mes données" and the privacy page cover them. */
@NamedInterface("spi")
package org.icmf.privacy.spi;

import org.springframework.modulith.NamedInterface;
