package org.icmf.jobs;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icmf.regions.Region;
import org.icmf.web.SiteProperties;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An open offer as schema.org {@code JobPosting} JSON-LD, for search engines' job listings. The page carries it in a
 * {@code <script type="application/ld+json">} data block: a data block is never executed, so the site's CSP
 * ({@code script-src 'self'}) does not apply to it and stays strict. {@code <}, {@code >} and {@code &} are written
 * as JSON escapes, so that no typed text can close the element.
 */
@Component
class JobPostingData {

    private final JsonMapper json = JsonMapper.builder().build();
    private final SiteProperties site;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    JobPostingData(SiteProperties site, MessageSourceAccessor messages, Clock clock) {
        this.site = site;
        this.messages = messages;
        this.clock = clock;
    }

    String of(Offer offer) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org/");
        posting.put("@type", "JobPosting");
        posting.put("title", offer.title());
        posting.put("description", offer.descriptionHtml());
        posting.put("identifier", Map.of("@type", "PropertyValue", "name", site.shortName(), "value", offer.id()));
        posting.put(
                "datePosted",
                offer.publishedAt().atZone(clock.getZone()).toLocalDate().toString());
        posting.put(
                "validThrough",
                offer.deadline()
                        .atTime(23, 59, 59)
                        .atZone(clock.getZone())
                        .toOffsetDateTime()
                        .toString());
        posting.put("employmentType", offer.kind().employmentType());
        posting.put("hiringOrganization", Map.of("@type", "Organization", "name", offer.organisation()));
        if (offer.region() != null && offer.region() != Region.ABROAD) {
            posting.put(
                    "jobLocation",
                    Map.of(
                            "@type",
                            "Place",
                            "address",
                            Map.of(
                                    "@type", "PostalAddress",
                                    "addressRegion", messages.getMessage(offer.region()),
                                    "addressCountry", "FR")));
        }
        if (offer.remote()) {
            posting.put("jobLocationType", "TELECOMMUTE");
            posting.put("applicantLocationRequirements", List.of(Map.of("@type", "Country", "name", "France")));
        }
        if (offer.salaryMin() != null || offer.salaryMax() != null) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("@type", "QuantitativeValue");
            if (offer.salaryMin() != null) {
                value.put("minValue", offer.salaryMin());
            }
            if (offer.salaryMax() != null) {
                value.put("maxValue", offer.salaryMax());
            }
            value.put("unitText", "YEAR");
            posting.put("baseSalary", Map.of("@type", "MonetaryAmount", "currency", "EUR", "value", value));
        }
        posting.put("url", site.absoluteUrl(offer.path()));
        posting.put("directApply", false);
        return json.writeValueAsString(posting)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
