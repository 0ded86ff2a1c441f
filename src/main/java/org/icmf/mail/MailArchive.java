package org.icmf.mail;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icmf.mail.spi.LinkReissuer;
import org.icmf.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as administrators read it at {@code /admin/courriels}: every mail, newest first, and its fate. */
@Service
class MailArchive {

    private final OutboxMailRepository mails;
    private final List<LinkReissuer> reissuers;
    private final Clock clock;

    MailArchive(OutboxMailRepository mails, List<LinkReissuer> reissuers, Clock clock) {
        this.mails = mails;
        this.reissuers = reissuers;
        this.clock = clock;
    }

    /** Both parts optional; {@code recipient} matches any address containing it, whatever the case. */
    record Filter(MailStatus status, String recipient) {}

    record Row(long id, LocalDateTime createdAt, String recipient, String subject, MailStatus status, int attempts) {}

    /**
     * A mail as its page shows it, personal links masked. {@code resend}: what "Renvoyer" does for it, if anything.
     */
    record Detail(
            long id,
            String recipient,
            String subject,
            String body,
            MailStatus status,
            int attempts,
            Instant createdAt,
            Instant sentAt,
            Instant nextAttemptAt,
            String lastError,
            Resend resend) {}

    /** What can be done to send a mail again. */
    enum Resend {
        /** Nothing: it is waiting, or was sent. */
        NONE,
        /** Back to the queue as it is (it held no personal link). */
        REQUEUE,
        /** A new mail with a fresh link, by the module that wrote it. */
        REISSUE,
        /** Its personal link is masked and no module can issue a new one: the person has to ask again. */
        ASK_AGAIN
    }

    /** What "Renvoyer" did. */
    enum Resent {
        REQUEUED,
        REISSUED,
        REISSUE_REFUSED,
        REFUSED
    }

    @Transactional(readOnly = true)
    Page<Row> search(Filter filter, Pageable page) {
        return mails.findAll(
                        matching(filter),
                        PageRequest.of(
                                page.getPageNumber(),
                                page.getPageSize(),
                                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))))
                .map(this::row);
    }

    @Transactional(readOnly = true)
    Detail get(long id) {
        OutboxMail mail = find(id);
        return new Detail(
                mail.getId(),
                mail.getRecipient(),
                mail.getSubject(),
                LinkMasks.mask(mail.getBodyText()),
                mail.getStatus(),
                mail.getAttempts(),
                mail.getCreatedAt(),
                mail.getSentAt(),
                mail.getNextAttemptAt(),
                mail.getLastError(),
                resend(mail));
    }

    /**
     * Sends a failed or kept mail again: back to the queue as it is when it held no personal link, otherwise as a
     * new mail with a fresh link from its module ({@link LinkReissuer}); a masked body is never replayed.
     */
    @Transactional
    Resent resend(long id) {
        OutboxMail mail = find(id);
        return switch (resend(mail)) {
            case REQUEUE -> mail.requeue(clock.instant()) ? Resent.REQUEUED : Resent.REFUSED;
            case REISSUE ->
                reissuer(mail).orElseThrow().reissue(mail.getTemplate(), mail.getLinkReference())
                        ? Resent.REISSUED
                        : Resent.REISSUE_REFUSED;
            case NONE, ASK_AGAIN -> Resent.REFUSED;
        };
    }

    private Resend resend(OutboxMail mail) {
        if (mail.canBeRequeued()) {
            return Resend.REQUEUE;
        }
        if (!mail.canBeReissued()) {
            return Resend.NONE;
        }
        return reissuer(mail).isPresent() ? Resend.REISSUE : Resend.ASK_AGAIN;
    }

    private Optional<LinkReissuer> reissuer(OutboxMail mail) {
        if (mail.getTemplate() == null || mail.getLinkReference() == null) {
            return Optional.empty();
        }
        return reissuers.stream()
                .filter(reissuer -> reissuer.templates().contains(mail.getTemplate()))
                .findFirst();
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
                String escaped = filter.recipient()
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_");
                conditions.add(where.like(where.lower(mail.get("recipient")), "%" + escaped + "%", '\\'));
            }
            return where.and(conditions.toArray(Predicate[]::new));
        };
    }

    private Row row(OutboxMail mail) {
        return new Row(
                mail.getId(),
                LocalDateTime.ofInstant(mail.getCreatedAt(), clock.getZone()),
                mail.getRecipient(),
                mail.getSubject(),
                mail.getStatus(),
                mail.getAttempts());
    }
}
