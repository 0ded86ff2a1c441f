/**
 * What the mail module asks of the modules whose mails carry personal links: {@link org.icmf.mail.spi.LinkReissuer}
 * sends such a mail again with a fresh link, since the stored copy has its link masked.
 */
@NamedInterface("spi")
package org.icmf.mail.spi;

import org.springframework.modulith.NamedInterface;
