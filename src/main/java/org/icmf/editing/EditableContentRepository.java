package org.icmf.editing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What {@link ContentEditor} asks of a content's repository; each module writes the trash queries its way. */
@NoRepositoryBean
public interface EditableContentRepository<T extends EditableContent> extends JpaRepository<T, Long> {

    /** Trashed items, last trashed first. */
    Page<T> findTrashed(Pageable pageable);

    List<T> findTrashedBefore(Instant cutoff);

    /** Items out of the trash with an image lacking its text alternative, last edited first. */
    List<T> findMissingAltText(Limit limit);

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, Long id);
}
