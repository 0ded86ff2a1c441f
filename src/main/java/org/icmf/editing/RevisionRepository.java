package org.icmf.editing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

@NoRepositoryBean
public interface RevisionRepository<R extends Revision> extends JpaRepository<R, Long> {

    List<R> findByContentIdOrderBySavedAtDescIdDesc(long contentId);
}
