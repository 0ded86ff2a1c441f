package org.icmf.blog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param pageSize        posts per page on the home page, archives and label pages
 * @param searchPageSize  results per page of {@code /recherche}
 * @param feedSize        entries in the Atom and RSS feeds
 * @param maxQueryLength  longest search query accepted, in characters
 * @param searchMaxResults  matches of a search counted and ranked (the newest); beyond, "plus de N articles"
 */
@ConfigurationProperties("icmf.blog")
@Validated
public record BlogProperties(
        @DefaultValue("5") @Min(1) @Max(100) int pageSize,
        @DefaultValue("10") @Min(1) @Max(100) int searchPageSize,
        @DefaultValue("20") @Min(1) @Max(200) int feedSize,
        @DefaultValue("200") @Min(10) @Max(1000) int maxQueryLength,
        @DefaultValue("200") @Min(1) @Max(10000) int searchMaxResults) {}
