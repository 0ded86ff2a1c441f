/** What the module keeping the members implements so that regions can name their representatives. */
@NamedInterface("spi")
package org.icmf.regions.spi;

import org.springframework.modulith.NamedInterface;
