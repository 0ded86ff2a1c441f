package org.icmf.comments;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The moderators' folders are served by {@code comment_folder_idx (status, created_at desc, id desc)}, the rate
 * limit and the known-author check by {@code comment_email_idx (lower(author_email), created_at)} and
 * {@code comment_address_idx}, the moderators' notice by the partial {@code comment_unnotified_idx}. Public
 * threads and counts are read with plain SQL ({@link CommentSections}); the folders' sizes are kept by a trigger
 * in {@code comment_folder_count} (V59), so a folder's page is read without a count.
 */
interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByStatusOrderByCreatedAtDescIdDesc(CommentStatus status, Pageable pageable);

    @Query("select count(c) from Comment c where c.addressHash = :hash and c.createdAt >= :since")
    long countFromAddressSince(@Param("hash") String addressHash, @Param("since") Instant since);

    @Query("select count(c) from Comment c where lower(c.authorEmail) = :email and c.createdAt >= :since")
    long countFromEmailSince(@Param("email") String email, @Param("since") Instant since);

    /** Whether this address already has a comment a moderator let through (the association's replies have none). */
    @Query("select count(c) > 0 from Comment c where lower(c.authorEmail) = :email "
            + "and c.status = org.icmf.comments.CommentStatus.APPROVED")
    boolean hasApprovedComment(@Param("email") String email);

    /** Pending comments not yet announced to the moderators, locked so that two instances never announce twice. */
    @Query(nativeQuery = true, value = """
            select * from comment where status = 'PENDING' and not moderators_notified
            order by id for update skip locked""")
    List<Comment> lockUnannounced();

    /** A thread: its first comment and the replies to it, oldest first. */
    @Query("select c from Comment c where c.id = :root or c.parentId = :root order by c.createdAt, c.id")
    List<Comment> findThread(@Param("root") long rootId);
}
