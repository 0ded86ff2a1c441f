package org.icmf.events;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icmf.sitemap.spi.SitemapExtent;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Lists walk {@code event_starts_idx}; registering locks the event's row so that seats are counted one at a time. */
interface EventRepository extends JpaRepository<Event, Long> {

    Optional<Event> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lockById(@Param("id") long id);

    List<Event> findByStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(Instant now, Limit limit);

    @Query(
            value = "select e from Event e order by e.startsAt desc, e.id desc",
            countQuery = "select count(e) from Event e")
    Page<Event> findAllForAdmin(Pageable pageable);

    long countByStartsAtGreaterThanEqualAndCancelledFalse(Instant now);

    @Query("select new org.icmf.sitemap.spi.SitemapExtent(count(e), max(e.updatedAt)) from Event e")
    SitemapExtent findSitemapExtent();

    /** A slice of the sitemap, on {@code event_starts_idx}. */
    @Query("select e from Event e order by e.startsAt desc, e.id desc limit :limit offset :offset")
    List<Event> findSitemapSlice(@Param("offset") int offset, @Param("limit") int limit);
}
