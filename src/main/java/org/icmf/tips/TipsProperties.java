package org.icmf.tips;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param pageSize          tips a page of {@code /astuces} lists
 * @param flagsToHide       readers' flags (from different client addresses) that take a published tip off the
 *                          public pages until the board looks at it
 * @param searchResults     tips the site search shows beside the posts
 * @param rejectedRetention how long a rejected tip is kept (for its author's questions) before it is deleted
 */
@ConfigurationProperties("icmf.tips")
@Validated
record TipsProperties(
        @DefaultValue("10") @Min(1) @Max(50) int pageSize,
        @DefaultValue("3") @Min(1) @Max(100) int flagsToHide,
        @DefaultValue("5") @Min(1) @Max(20) int searchResults,
        @DefaultValue("30d") Duration rejectedRetention) {}
