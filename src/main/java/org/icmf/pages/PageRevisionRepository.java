package org.icmf.pages;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PageRevisionRepository extends JpaRepository<PageRevision, Long> {

    List<PageRevision> findByPageIdOrderBySavedAtDescIdDesc(long pageId);
}
