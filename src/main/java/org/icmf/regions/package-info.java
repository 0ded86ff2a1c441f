/**
 * The regions of France the association is organised in, and their representatives: the board designates one per
 * region among the members who volunteered ({@link org.icmf.regions.spi.RegionalVolunteers}),
 * {@code /association/regions} lists every region with its representative or a call for one, and the contact form
 * reaches a representative without their address being shown.
 */
@ApplicationModule(
        allowedDependencies = {"security", "web"},
        displayName = "Régions")
package org.icmf.regions;

import org.springframework.modulith.ApplicationModule;
