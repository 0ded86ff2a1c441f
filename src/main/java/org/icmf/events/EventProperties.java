package org.icmf.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param upcomingPageSize upcoming events per page of /evenements
 * @param pastPageSize   past events per page of /evenements
 * @param reminderLead   how long before an event its registrants get the reminder
 * @param linkValidity   how long after an event the registrants' personal links keep working
 * @param retention      how long after an event its registrations (personal data) are kept (RGPD)
 * @param confirmationValidity how long a visitor has to confirm their address before the sign-up is deleted
 */
@ConfigurationProperties("icmf.events")
record EventProperties(
        @DefaultValue("20") int upcomingPageSize,
        @DefaultValue("10") int pastPageSize,
        @DefaultValue("24h") Duration reminderLead,
        @DefaultValue("30d") Duration linkValidity,
        @DefaultValue("365d") Duration retention,
        @DefaultValue("24h") Duration confirmationValidity) {}
