package org.icmf.membership.application;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.icmf.mail.MailOutbox;
import org.icmf.membership.Member;
import org.icmf.membership.MemberRepository;
import org.icmf.membership.MembershipAction;
import org.icmf.membership.dues.Dues;
import org.icmf.membership.dues.YearlyNumbers;
import org.icmf.regions.Region;
import org.icmf.web.Actor;
import org.icmf.web.Csv;
import org.icmf.web.LikePatterns;
import org.icmf.web.NotFoundException;
import org.icmf.web.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The treasurer's side of applications: list and filter them, accept one (the applicant becomes a member with
 * a number of the form 2026-0042), reject it with a reason, or ask for more information; every decision is
 * e-mailed to the applicant and recorded in the audit log.
 */
@Service
@Transactional
public class MembershipReview {

    private final MembershipApplicationRepository applications;
    private final MemberRepository members;
    private final JdbcClient jdbc;
    private final MailOutbox mail;
    private final Dues dues;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    MembershipReview(
            MembershipApplicationRepository applications,
            MemberRepository members,
            JdbcClient jdbc,
            MailOutbox mail,
            Dues dues,
            ApplicationEventPublisher events,
            MessageSourceAccessor messages,
            Clock clock) {
        this.applications = applications;
        this.members = members;
        this.jdbc = jdbc;
        this.mail = mail;
        this.dues = dues;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the list can be narrowed to; null parts are not applied. {@code role} is a VolunteerRole or REGIONAL. */
    public record Filter(ApplicationStatus status, Region region, Integer year, String role, String search) {}

    public record ApplicationRow(
            long id,
            String reference,
            String name,
            String email,
            Region region,
            ApplicationStatus status,
            LocalDateTime createdAt,
            BigDecimal fee,
            boolean volunteer) {}

    /** Newest first, not counted (100,000 applications at generated size). */
    @Transactional(readOnly = true)
    public Slice<ApplicationRow> list(Filter filter, Pageable page) {
        return Paging.existing(applications.findBy(
                        matching(filter),
                        query -> query.slice(PageRequest.of(
                                page.getPageNumber(),
                                page.getPageSize(),
                                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))))))
                .map(application -> new ApplicationRow(
                        application.getId(),
                        application.getReference(),
                        application.getFirstName() + " " + application.getLastName(),
                        application.getEmail(),
                        application.getRegion(),
                        application.getStatus(),
                        local(application.getCreatedAt()),
                        application.getFeeAmount(),
                        application.isVolunteerRegional()
                                || !application.getVolunteerRoles().isEmpty()));
    }

    private Specification<MembershipApplication> matching(Filter filter) {
        return (application, query, where) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.status() != null) {
                conditions.add(where.equal(application.get("status"), filter.status()));
            }
            if (filter.region() != null) {
                conditions.add(where.equal(application.get("region"), filter.region()));
            }
            if (filter.year() != null) {
                conditions.add(where.greaterThanOrEqualTo(
                        application.get("createdAt"),
                        Year.of(filter.year())
                                .atDay(1)
                                .atStartOfDay(clock.getZone())
                                .toInstant()));
                conditions.add(where.lessThan(
                        application.get("createdAt"),
                        Year.of(filter.year() + 1)
                                .atDay(1)
                                .atStartOfDay(clock.getZone())
                                .toInstant()));
            }
            if ("REGIONAL".equals(filter.role())) {
                conditions.add(where.isTrue(application.get("volunteerRegional")));
            } else if (filter.role() != null) {
                conditions.add(where.like(
                        application.get("volunteerRoles"), LikePatterns.contains(filter.role()), LikePatterns.ESCAPE));
            }
            if (filter.search() != null) {
                String pattern = LikePatterns.contains(filter.search().toLowerCase(Locale.ROOT));
                char escape = LikePatterns.ESCAPE;
                conditions.add(where.or(
                        where.like(where.lower(application.get("lastName")), pattern, escape),
                        where.like(where.lower(application.get("firstName")), pattern, escape),
                        where.like(where.lower(application.get("email")), pattern, escape),
                        where.like(where.lower(application.get("reference")), pattern, escape)));
            }
            return where.and(conditions.toArray(Predicate[]::new));
        };
    }

    /** Applications whose e-mail is confirmed and that wait for the board, for the dashboard. */
    @Transactional(readOnly = true)
    public long awaitingCount() {
        return applications.count(matching(new Filter(ApplicationStatus.PENDING, null, null, null, null)))
                + applications.count(matching(new Filter(ApplicationStatus.INFO_REQUESTED, null, null, null, null)));
    }

    public record ApplicationDetail(
            long id,
            String reference,
            ApplicationStatus status,
            String civility,
            String firstName,
            String lastName,
            String email,
            String phone,
            String address,
            Region region,
            String organisation,
            String sector,
            String jobTitle,
            Integer yearsOfPractice,
            String heardFrom,
            String motivation,
            boolean volunteerRegional,
            Set<VolunteerRole> volunteerRoles,
            BigDecimal fee,
            boolean directoryOptIn,
            LocalDateTime createdAt,
            LocalDateTime confirmedAt,
            LocalDateTime decidedAt,
            String decidedBy,
            String decisionMessage,
            boolean awaitsDecision) {}

    @Transactional(readOnly = true)
    public ApplicationDetail detail(long id) {
        MembershipApplication a = find(id);
        return new ApplicationDetail(
                a.getId(),
                a.getReference(),
                a.getStatus(),
                a.getCivility(),
                a.getFirstName(),
                a.getLastName(),
                a.getEmail(),
                a.getPhone(),
                a.getStreetAddress() + ", " + a.getPostalCode() + " " + a.getCity() + ", " + a.getCountry(),
                a.getRegion(),
                a.getOrganisation(),
                a.getSector(),
                a.getJobTitle(),
                a.getYearsOfPractice(),
                a.getHeardFrom(),
                a.getMotivation(),
                a.isVolunteerRegional(),
                a.getVolunteerRoles(),
                a.getFeeAmount(),
                a.isDirectoryOptIn(),
                local(a.getCreatedAt()),
                local(a.getConfirmedAt()),
                local(a.getDecidedAt()),
                a.getDecidedByName(),
                a.getDecisionMessage(),
                a.awaitsDecision());
    }

    /**
     * Accepts an application: its applicant becomes a member with the next number of the year, and is told.
     *
     * @return the member number
     * @throws DecisionNotAllowedException when the application is not awaiting a decision, or its e-mail is
     *                                     already a member's
     */
    public String accept(long id, Actor actor) {
        MembershipApplication application = awaitingDecision(id);
        if (members.existsByEmailIgnoreCase(application.getEmail())) {
            throw new DecisionNotAllowedException("membership.decision.alreadyMember");
        }
        Instant now = clock.instant();
        String number = nextMemberNumber(Year.now(clock).getValue());
        application.decide(ApplicationStatus.ACCEPTED, null, actor.name(), now);
        members.save(new Member(number, application, now));
        Map<String, Object> model = model(application);
        model.put("memberNumber", number);
        mail.queue(application.getEmail(), "membership/accepted", model);
        publish(application, MembershipAction.ACCEPTED, actor, now);
        return number;
    }

    /** Rejects an application; the reason is e-mailed to the applicant. */
    public void reject(long id, String reason, Actor actor) {
        decide(id, ApplicationStatus.REJECTED, reason, "membership/rejected", MembershipAction.REJECTED, actor);
    }

    /** Asks the applicant for more information; the application waits for their answer (by e-mail). */
    public void askForInformation(long id, String question, Actor actor) {
        decide(
                id,
                ApplicationStatus.INFO_REQUESTED,
                question,
                "membership/info-requested",
                MembershipAction.INFO_REQUESTED,
                actor);
    }

    private void decide(
            long id,
            ApplicationStatus decision,
            String message,
            String template,
            MembershipAction action,
            Actor actor) {
        MembershipApplication application = awaitingDecision(id);
        Instant now = clock.instant();
        application.decide(decision, message, actor.name(), now);
        Map<String, Object> model = model(application);
        model.put("message", message);
        mail.queue(application.getEmail(), template, model);
        publish(application, action, actor, now);
    }

    public record MemberRow(
            long id,
            String memberNumber,
            String name,
            String email,
            Region region,
            String organisation,
            LocalDateTime joinedAt,
            Dues.Standing standing) {}

    @Transactional(readOnly = true)
    public Slice<MemberRow> members(String search, Dues.Standing standing, Pageable page) {
        Slice<Member> found = Paging.existing(members.findBy(
                matching(search, standing),
                query -> query.slice(
                        PageRequest.of(page.getPageNumber(), page.getPageSize(), MemberRepository.BY_NAME))));
        Map<Long, Dues.Standing> standings =
                dues.standings(found.getContent().stream().map(Member::getId).toList());
        return found.map(member -> new MemberRow(
                member.getId(),
                member.getMemberNumber(),
                member.getFirstName() + " " + member.getLastName(),
                member.getEmail(),
                member.getRegion(),
                member.getOrganisation(),
                local(member.getJoinedAt()),
                standings.get(member.getId())));
    }

    /** The members matching a search, as CSV for a French spreadsheet (every match, not one page). */
    @Transactional(readOnly = true)
    public String membersCsv(String search, Dues.Standing standing) {
        List<Member> found = members.findBy(
                matching(search, standing),
                query -> query.sortBy(MemberRepository.BY_NAME).all());
        Map<Long, Dues.Standing> standings =
                dues.standings(found.stream().map(Member::getId).toList());
        Csv csv = Csv.headed(messages.getMessage("membership.members.csv.header"));
        for (Member member : found) {
            csv.row(
                    member.getMemberNumber(),
                    member.getFirstName(),
                    member.getLastName(),
                    member.getEmail(),
                    member.getPhone(),
                    member.getStreetAddress(),
                    member.getPostalCode(),
                    member.getCity(),
                    member.getCountry(),
                    messages.getMessage(member.getRegion()),
                    member.getOrganisation(),
                    member.getJobTitle(),
                    local(member.getJoinedAt()).toLocalDate().toString(),
                    messages.getMessage(standings.get(member.getId())),
                    messages.getMessage(member.isDirectoryOptIn() ? "answer.yes" : "answer.no"));
        }
        return csv.toString();
    }

    /**
     * Members whose name, e-mail or number holds {@code search} (null or blank: all), in {@code standing} this
     * year (null: all). One query for every standing (ORs on a parameter) made PostgreSQL hash every due of two
     * years before reading a page (93 ms at generated size, where the page now reads 1 ms).
     */
    private Specification<Member> matching(String search, Dues.Standing standing) {
        String typed = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        int year = Year.now(clock).getValue();
        Specification<Member> found = typed.isEmpty()
                ? Specification.unrestricted()
                : (member, query, where) -> {
                    String pattern = LikePatterns.contains(typed);
                    char escape = LikePatterns.ESCAPE;
                    return where.or(
                            where.like(where.lower(member.get("lastName")), pattern, escape),
                            where.like(where.lower(member.get("firstName")), pattern, escape),
                            where.like(where.lower(member.get("email")), pattern, escape),
                            where.like(member.get("memberNumber"), pattern, escape));
                };
        if (standing == null) {
            return found;
        }
        return switch (standing) {
            case UP_TO_DATE -> found.and(MemberRepository.paidFor(year));
            case LATE ->
                found.and(Specification.not(MemberRepository.paidFor(year))).and(MemberRepository.paidFor(year - 1));
            case NEVER_PAID -> found.and(Specification.not(MemberRepository.paidFor(year, year - 1)));
        };
    }

    private String nextMemberNumber(int year) {
        return YearlyNumbers.next(jdbc, "MEMBER", year);
    }

    private MembershipApplication awaitingDecision(long id) {
        MembershipApplication application = find(id);
        if (!application.awaitsDecision()) {
            throw new DecisionNotAllowedException("membership.decision.notAwaiting");
        }
        return application;
    }

    private MembershipApplication find(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("application " + id));
    }

    private Map<String, Object> model(MembershipApplication application) {
        Map<String, Object> model = new HashMap<>();
        model.put("firstName", application.getFirstName());
        model.put("reference", application.getReference());
        return model;
    }

    private void publish(MembershipApplication application, MembershipAction action, Actor actor, Instant now) {
        events.publishEvent(new ApplicationDecided(
                application.getId(),
                application.getReference() + " — " + application.getFirstName() + " " + application.getLastName(),
                action,
                actor,
                now));
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    /** The decision cannot be taken now; {@code messageKey} says why, in French. */
    public static class DecisionNotAllowedException extends RuntimeException {

        private final String messageKey;

        DecisionNotAllowedException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
