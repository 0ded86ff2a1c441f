package org.icmf.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.icmf.jobs.OfferForm.OfferDraft;
import org.icmf.regions.Region;

/**
 * An offer as stored, for its pages, the board's list and the mails. {@code posterEmail} is never shown to readers.
 */
record Offer(
        long id,
        String slug,
        String title,
        String organisation,
        OfferKind kind,
        Region region,
        boolean remote,
        String descriptionMarkdown,
        String descriptionHtml,
        Integer salaryMin,
        Integer salaryMax,
        LocalDate deadline,
        String applyTo,
        String posterEmail,
        boolean byMember,
        OfferStatus status,
        String rejectionReason,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) {

    static final String COLUMNS = "id, slug, title, organisation, kind, region, remote, description_markdown, "
            + "description_html, salary_min, salary_max, deadline, apply_to, poster_email, member_id, status, "
            + "rejection_reason, created_at, updated_at, published_at";

    static Offer read(ResultSet row, int n) throws SQLException {
        String region = row.getString("region");
        return new Offer(
                row.getLong("id"),
                row.getString("slug"),
                row.getString("title"),
                row.getString("organisation"),
                OfferKind.valueOf(row.getString("kind")),
                region == null ? null : Region.valueOf(region),
                row.getBoolean("remote"),
                row.getString("description_markdown"),
                row.getString("description_html"),
                (Integer) row.getObject("salary_min"),
                (Integer) row.getObject("salary_max"),
                row.getObject("deadline", LocalDate.class),
                row.getString("apply_to"),
                row.getString("poster_email"),
                row.getObject("member_id") != null,
                OfferStatus.valueOf(row.getString("status")),
                row.getString("rejection_reason"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getTimestamp("published_at") == null
                        ? null
                        : row.getTimestamp("published_at").toInstant());
    }

    /** Whether readers see it: published and its deadline not passed ({@code today} in the site's zone). */
    boolean openOn(LocalDate today) {
        return status == OfferStatus.PUBLISHED && !deadline.isBefore(today);
    }

    /** Where it stands as its poster sees it: past its deadline it has expired, before the nightly job says so. */
    public OfferStatus statusOn(LocalDate today) {
        return status == OfferStatus.PUBLISHED && deadline.isBefore(today) ? OfferStatus.EXPIRED : status;
    }

    /** Whether its poster may still withdraw it: waiting for moderation, or open. */
    public boolean withdrawableOn(LocalDate today) {
        return status == OfferStatus.PENDING || openOn(today);
    }

    /** What the audit log calls it. */
    String label() {
        return title + " — " + organisation;
    }

    public String path() {
        return "/emplois/" + slug;
    }

    OfferDraft draft() {
        return new OfferDraft(
                title,
                organisation,
                kind,
                region,
                remote,
                descriptionMarkdown,
                salaryMin,
                salaryMax,
                deadline,
                applyTo);
    }

    public String applyHref() {
        return draft().applyHref();
    }
}
