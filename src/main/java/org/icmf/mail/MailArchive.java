package org.icmf.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.icmf.web.NotFoundException;
import org.icmf.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as administrators read it at {@code /admin/courriels}: every mail, newest first, and its fate. */
@Service
class MailArchive {

    private final OutboxMailRepository mails;
    private final Clock clock;

    MailArchive(OutboxMailRepository mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    /** Both parts optional; {@code recipient} matches any address containing it, whatever the case. */
    record Filter(MailStatus status, String recipient) {
    }

    record Row(long id, LocalDateTime createdAt, String recipient, String subject, MailStatus status, int attempts) {
    }

    record Detail(long id, String recipient, String subject, String body, MailStatus status, int attempts,
            Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError) {

        public boolean canBeRequeued() {
            return status == MailStatus.FAILED || status == MailStatus.KEPT;
        }
    }

    @Transactional(readOnly = true)
    Paging<Row> search(Filter filter, int page, int size) {
        if (page < 1) {
            throw new NotFoundException("page " + page);
        }
        Page<OutboxMail> found = mails.findAll(matching(filter),
                PageRequest.of(page - 1, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        return new Paging<>(found.getContent().stream().map(this::row).toList(), page, size,
                found.getTotalElements());
    }

    @Transactional(readOnly = true)
    Detail get(long id) {
        OutboxMail mail = find(id);
        return new Detail(mail.getId(), mail.getRecipient(), mail.getSubject(), mail.getBodyText(), mail.getStatus(),
                mail.getAttempts(), mail.getCreatedAt(), mail.getSentAt(), mail.getNextAttemptAt(),
                mail.getLastError());
    }

    /** Puts a failed or kept mail back in the queue; false when it is pending or sent already. */
    @Transactional
    boolean requeue(long id) {
        return find(id).requeue(clock.instant());
    }

    private OutboxMail find(long id) {
        return mails.findById(id).orElseThrow(() -> new NotFoundException("mail " + id));
    }

    private static Specification<OutboxMail> matching(Filter filter) {
        return (mail, query, where) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.status() != null) {
                conditions.add(where.equal(mail.get("status"), filter.status()));
            }
            if (filter.recipient() != null && !filter.recipient().isBlank()) {
                String escaped = filter.recipient().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                conditions.add(where.like(where.lower(mail.get("recipient")), "%" + escaped + "%", '\\'));
            }
            return where.and(conditions.toArray(Predicate[]::new));
        };
    }

    private Row row(OutboxMail mail) {
        return new Row(mail.getId(), LocalDateTime.ofInstant(mail.getCreatedAt(), clock.getZone()),
                mail.getRecipient(), mail.getSubject(), mail.getStatus(), mail.getAttempts());
    }
}
