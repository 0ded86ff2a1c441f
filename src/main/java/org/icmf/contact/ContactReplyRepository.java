package org.icmf.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactReplyRepository extends JpaRepository<ContactReply, Long> {

    /** A message's replies, oldest first ({@code contact_reply_message_idx}). */
    List<ContactReply> findByMessageIdOrderBySentAtAscIdAsc(long messageId);
}
