package org.icmf.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param linkValidity how long a "Mes données" link works
 * @param purgeCron    when expired links, and the form attempts of the day before, are deleted
 */
@ConfigurationProperties("icmf.privacy")
record PrivacyProperties(
        @DefaultValue("24h") Duration linkValidity,
        @DefaultValue("0 20 4 * * *") String purgeCron) {}
