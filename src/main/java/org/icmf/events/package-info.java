/**
 * Events of the association (the monthly Café des Community managers, the Awards night, the rally, video
 * conferences, …): public calendar with iCalendar feeds, registration with companions, capacity and
 * waitlist, e-mailed personal links to see or cancel a registration, reminders, and their admin pages.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "mail",
            "mail :: spi",
            "privacy :: spi",
            "security",
            "security :: spi",
            "sitemap :: spi",
            "web"
        },
        displayName = "Événements")
package org.icmf.events;

import org.springframework.modulith.ApplicationModule;
