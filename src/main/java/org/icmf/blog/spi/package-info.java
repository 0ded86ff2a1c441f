/** What other modules implement to show their results on the site search page, beside the posts (the tips). */
@NamedInterface("spi")
package org.icmf.blog.spi;

import org.springframework.modulith.NamedInterface;
