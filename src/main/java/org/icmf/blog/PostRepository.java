package org.icmf.blog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icmf.editing.EditableContentRepository;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Every public list filters on status and publication time; the partial index
 * {@code blog_post_public_idx (published_at desc) where status = 'PUBLISHED'} serves them all.
 * Labels of a page of posts are loaded in one batch (hibernate.default_batch_fetch_size).
 */
interface PostRepository extends EditableContentRepository<Post> {

    String PUBLIC = "p.status = org.icmf.blog.PostStatus.PUBLISHED and p.publishedAt <= :now";

    /** A page of public posts, without a count: the lists take their totals from the sidebar's kept counts. */
    @Query("select p from Post p where " + PUBLIC + " order by p.publishedAt desc")
    List<Post> findPublic(@Param("now") Instant now, Pageable pageable);

    @Query("select p from Post p where " + PUBLIC
            + " and p.publishedAt >= :from and p.publishedAt < :to order by p.publishedAt desc")
    List<Post> findPublicBetween(
            @Param("now") Instant now, @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);

    /**
     * The label's posts are read first (blog_post_label_label_idx), then sorted: a cost bounded by the label's size
     * (2.5 ms for 500 posts at generated size), where walking every public post by date looking for the label cost
     * 23 ms for a label on 3 of 10,000 posts, a plan the statement's generic plan would pick for any label.
     */
    @Query(nativeQuery = true, value = """
            with labelled as materialized (select post_id from blog_post_label where label_id = :label)
            select p.* from blog_post p join labelled on labelled.post_id = p.id
            where p.status = 'PUBLISHED' and p.published_at <= :now
            order by p.published_at desc""")
    List<Post> findPublicByLabel(@Param("now") Instant now, @Param("label") long labelId, Pageable pageable);

    /** The newest public posts, for the feeds: no count, as no total is shown. */
    @Query("select p from Post p where " + PUBLIC + " order by p.publishedAt desc")
    List<Post> findPublicNewest(@Param("now") Instant now, Limit limit);

    Optional<Post> findBySlug(String slug);

    long countByStatus(PostStatus status);

    /** Every post for the admin list, newest first whatever its status. */
    @Query(
            value = "select p from Post p where p.status <> org.icmf.blog.PostStatus.TRASHED "
                    + "order by coalesce(p.publishedAt, p.updatedAt) desc, p.id desc",
            countQuery = "select count(p) from Post p where p.status <> org.icmf.blog.PostStatus.TRASHED")
    Page<Post> findAllForAdmin(Pageable pageable);

    @Query(
            value = "select p from Post p where p.status = org.icmf.blog.PostStatus.DRAFT order by p.updatedAt desc",
            countQuery = "select count(p) from Post p where p.status = org.icmf.blog.PostStatus.DRAFT")
    Page<Post> findDrafts(Pageable pageable);

    @Query(
            value = "select p from Post p where p.status = org.icmf.blog.PostStatus.PUBLISHED and p.publishedAt > :now "
                    + "order by p.publishedAt asc",
            countQuery = "select count(p) from Post p where p.status = org.icmf.blog.PostStatus.PUBLISHED "
                    + "and p.publishedAt > :now")
    Page<Post> findScheduled(@Param("now") Instant now, Pageable pageable);

    @Query(
            value = "select p from Post p where p.status = org.icmf.blog.PostStatus.TRASHED "
                    + "order by p.trashedAt desc, p.id desc",
            countQuery = "select count(p) from Post p where p.status = org.icmf.blog.PostStatus.TRASHED")
    @Override
    Page<Post> findTrashed(Pageable pageable);

    @Query("select p from Post p where p.status = org.icmf.blog.PostStatus.TRASHED and p.trashedAt < :cutoff")
    @Override
    List<Post> findTrashedBefore(@Param("cutoff") Instant cutoff);

    /** Posts out of the trash with an image lacking its text alternative, last edited first (a partial index). */
    @Query("select p from Post p where p.missingAltText = true and p.status <> org.icmf.blog.PostStatus.TRASHED "
            + "order by p.updatedAt desc, p.id desc")
    @Override
    List<Post> findMissingAltText(Limit limit);

    long countByStatusAndPublishedAtAfter(PostStatus status, Instant instant);

    @Query("select new org.icmf.blog.PostLink(p.slug, p.title, p.publishedAt) from Post p where " + PUBLIC
            + " and p.publishedAt < :at order by p.publishedAt desc")
    List<PostLink> findPublicBefore(@Param("now") Instant now, @Param("at") Instant at, Limit limit);

    @Query("select new org.icmf.blog.PostLink(p.slug, p.title, p.publishedAt) from Post p where " + PUBLIC
            + " and p.publishedAt > :at order by p.publishedAt asc")
    List<PostLink> findPublicAfter(@Param("now") Instant now, @Param("at") Instant at, Limit limit);

    /** The last change to a public post, from {@code blog_post_public_changed_idx}. */
    @Query("select max(p.updatedAt) from Post p where " + PUBLIC)
    Instant findPublicLastChange(@Param("now") Instant now);

    /** A slice of the sitemap, on the public index (the id orders posts published at the same instant). */
    @Query("select new org.icmf.blog.PostLink(p.slug, p.title, p.publishedAt, p.updatedAt) from Post p where " + PUBLIC
            + " order by p.publishedAt desc, p.id desc limit :limit offset :offset")
    List<PostLink> findPublicLinks(@Param("now") Instant now, @Param("offset") int offset, @Param("limit") int limit);
}
