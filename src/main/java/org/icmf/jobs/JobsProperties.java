package org.icmf.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param pageSize             open offers on a page of {@code /emplois}
 * @param confirmationValidity how long the link confirming a recruiter's address works; an offer never confirmed is
 *                             deleted after it
 * @param retention            how long a closed, expired or rejected offer is kept (for the board's and the poster's
 *                             questions) before it is deleted
 * @param maximumDeadline      how far ahead an offer's deadline may be set
 * @param maintenanceCron      when offers past their deadline expire and old offers are deleted
 */
@ConfigurationProperties("icmf.jobs")
@Validated
record JobsProperties(
        @DefaultValue("20") @Min(1) @Max(100) int pageSize,
        @DefaultValue("7d") Duration confirmationValidity,
        @DefaultValue("365d") Duration retention,
        @DefaultValue("365d") Duration maximumDeadline,
        @DefaultValue("0 5 0 * * *") String maintenanceCron) {}
