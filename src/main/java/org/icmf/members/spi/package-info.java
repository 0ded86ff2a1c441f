/** What other modules implement to offer a member more choices in their space (the newsletter). */
@NamedInterface("spi")
package org.icmf.members.spi;

import org.springframework.modulith.NamedInterface;
