package org.icmf.pages;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icmf.editing.EditableContentRepository;
import org.icmf.sitemap.spi.SitemapExtent;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Public lookups leave trashed pages out; the navigation query is served by {@code site_page_nav_idx}. */
interface PageRepository extends EditableContentRepository<org.icmf.pages.Page> {

    Optional<org.icmf.pages.Page> findBySlugAndTrashedAtIsNull(String slug);

    List<org.icmf.pages.Page> findByTrashedAtIsNullOrderBySlug();

    @Query("select new org.icmf.sitemap.spi.SitemapExtent(count(p), max(p.updatedAt)) from Page p "
            + "where p.trashedAt is null")
    SitemapExtent findSitemapExtent();

    long countByTrashedAtIsNull();

    /** Pages out of the trash by slug, {@code limit} of them after the first {@code offset}. */
    @Query("select p from Page p where p.trashedAt is null order by p.slug limit :limit offset :offset")
    List<org.icmf.pages.Page> findPublic(@Param("offset") long offset, @Param("limit") int limit);

    @Query(
            "select p from Page p where p.details.navTitle is not null and p.trashedAt is null order by p.details.navOrder, p.id")
    List<org.icmf.pages.Page> findNavigation();

    @Query(
            value = "select p from Page p where p.trashedAt is null order by p.details.navOrder nulls last, p.title",
            countQuery = "select count(p) from Page p where p.trashedAt is null")
    Page<org.icmf.pages.Page> findAllForAdmin(Pageable pageable);

    @Query(
            value = "select p from Page p where p.trashedAt is not null order by p.trashedAt desc, p.id desc",
            countQuery = "select count(p) from Page p where p.trashedAt is not null")
    @Override
    Page<org.icmf.pages.Page> findTrashed(Pageable pageable);

    @Query("select p from Page p where p.trashedAt < :cutoff")
    @Override
    List<org.icmf.pages.Page> findTrashedBefore(@Param("cutoff") Instant cutoff);

    long countByTrashedAtIsNotNull();

    /** Pages out of the trash with an image lacking its text alternative, last edited first (a partial index). */
    @Query(
            "select p from Page p where p.missingAltText = true and p.trashedAt is null order by p.updatedAt desc, p.id desc")
    @Override
    List<org.icmf.pages.Page> findMissingAltText(Limit limit);
}
