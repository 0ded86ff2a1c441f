package org.icmf.blog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRevisionRepository extends JpaRepository<PostRevision, Long> {

    List<PostRevision> findByPostIdOrderBySavedAtDescIdDesc(Long postId);
}
