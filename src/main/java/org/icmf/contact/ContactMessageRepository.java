package org.icmf.contact;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every query walks an index of V30: folder lists and counts, the rate limit per address and per e-mail. */
interface ContactMessageRepository extends JpaRepository<ContactMessage, Long> {

    /** One folder of the inbox, newest first ({@code contact_message_folder_idx}). */
    @Query(
            value = "select m from ContactMessage m where m.folder = :folder order by m.createdAt desc, m.id desc",
            countQuery = "select count(m) from ContactMessage m where m.folder = :folder")
    Page<ContactMessage> findInFolder(@Param("folder") Folder folder, Pageable pageable);

    long countByFolder(Folder folder);

    @Query("select count(m) from ContactMessage m where m.addressHash = :hash and m.createdAt >= :since")
    long countFromAddressSince(@Param("hash") String addressHash, @Param("since") Instant since);

    @Query("select count(m) from ContactMessage m where lower(m.senderEmail) = :email and m.createdAt >= :since")
    long countFromEmailSince(@Param("email") String email, @Param("since") Instant since);

    @Query("""
            select count(m) > 0 from ContactMessage m
            where lower(m.senderEmail) = :email and m.acknowledgedAt >= :since""")
    boolean acknowledgedSince(@Param("email") String email, @Param("since") Instant since);

    boolean existsBySubmissionKey(String submissionKey);

    Optional<ContactMessage> findByReceiptTokenHash(String receiptTokenHash);
}
