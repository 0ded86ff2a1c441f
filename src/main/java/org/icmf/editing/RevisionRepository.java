package org.icmf.editing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

@NoRepositoryBean
public interface RevisionRepository<R extends Revision> extends JpaRepository<R, Long> {

    /** The revisions saved with the save button, newest first. */
    List<R> findByContentIdAndAutomaticFalseOrderBySavedAtDescIdDesc(long contentId);

    /** The author's automatic revision of the item: there is at most one. */
    Optional<R> findByContentIdAndSavedByAccountIdAndAutomaticTrue(long contentId, Long accountId);

    void deleteByContentIdAndSavedByAccountIdAndAutomaticTrue(long contentId, Long accountId);
}
