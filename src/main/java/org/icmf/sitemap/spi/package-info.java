/** What a module with public pages implements to list them in the sitemap. */
@NamedInterface("spi")
package org.icmf.sitemap.spi;

import org.springframework.modulith.NamedInterface;
