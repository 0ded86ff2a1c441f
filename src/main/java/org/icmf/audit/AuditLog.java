package org.icmf.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every {@link AuditedAction} of the other modules to the log, once their transaction has committed
 * (the event publication registry replays it if writing fails, at most once in the log), and reads the log back for administrators.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Idempotent: an event delivered again (replayed after a restart, on any instance) adds no second entry. */
    @ApplicationModuleListener
    void record(AuditedAction action) {
        entries.insertOnce(new AuditEntry(action));
    }

    /**
     * Replaces the label the log keeps for a subject, when the person it names had their data erased (RGPD):
     * the log still says who did what and when, without naming them.
     */
    @Transactional
    public void relabel(String subjectType, long subjectId, String label) {
        entries.relabel(subjectType, subjectId, label);
    }

    /** What the log can be narrowed to; every part is optional, dates are inclusive days in the site's zone. */
    public record Filter(
            Long accountId, String subjectType, String action, Long subjectId, LocalDate from, LocalDate to) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    public record Row(
            LocalDateTime occurredAt,
            String actorName,
            boolean system,
            String subjectType,
            String action,
            long subjectId,
            String subjectLabel) {}

    public record ActorOption(long accountId, String name) {}

    @Transactional(readOnly = true)
    public Page<Row> search(Filter filter, Pageable page) {
        return entries.findAll(
                        matching(filter),
                        PageRequest.of(
                                page.getPageNumber(),
                                page.getPageSize(),
                                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))))
                .map(this::row);
    }

    /** The latest {@code count} actions, for the dashboard, which shows no total. */
    @Transactional(readOnly = true)
    public Slice<Row> recent(int count) {
        return entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, count))
                .map(this::row);
    }

    @Transactional(readOnly = true)
    public List<ActorOption> actors() {
        return entries.findActors().stream()
                .map(actor -> new ActorOption(actor.getAccountId(), actor.getName()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    /** The kinds of subject and the actions the log holds, for its filters. */
    @Transactional(readOnly = true)
    public Vocabulary vocabulary() {
        return new Vocabulary(entries.findSubjectTypes(), entries.findActions());
    }

    public record Vocabulary(List<String> subjectTypes, List<String> actions) {}

    private Specification<AuditEntry> matching(Filter filter) {
        return (entry, query, where) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.accountId() != null) {
                conditions.add(where.equal(entry.get("actorAccountId"), filter.accountId()));
            }
            if (filter.subjectType() != null) {
                conditions.add(where.equal(entry.get("subjectType"), filter.subjectType()));
            }
            if (filter.action() != null) {
                conditions.add(where.equal(entry.get("action"), filter.action()));
            }
            if (filter.subjectId() != null) {
                conditions.add(where.equal(entry.get("subjectId"), filter.subjectId()));
            }
            if (filter.from() != null) {
                conditions.add(where.greaterThanOrEqualTo(
                        entry.get("occurredAt"),
                        filter.from().atStartOfDay(clock.getZone()).toInstant()));
            }
            if (filter.to() != null) {
                conditions.add(where.lessThan(
                        entry.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
            }
            return where.and(conditions.toArray(Predicate[]::new));
        };
    }

    private Row row(AuditEntry entry) {
        return new Row(
                LocalDateTime.ofInstant(entry.getOccurredAt(), clock.getZone()),
                entry.getActorName(),
                entry.getActorAccountId() == null,
                entry.getSubjectType(),
                entry.getAction(),
                entry.getSubjectId(),
                entry.getSubjectLabel());
    }
}
