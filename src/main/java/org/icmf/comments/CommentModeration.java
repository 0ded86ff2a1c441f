package org.icmf.comments;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icmf.comments.CommentSubjects.Closure;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.icmf.web.Actor;
import org.icmf.web.NotFoundException;
import org.icmf.web.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' side ({@code /admin/commentaires}): the folders, decisions one by one or in bulk, editing a
 * comment's text, the association's replies, and opening or closing comments on a post or a page. Every action is
 * written to the audit log ({@link CommentModerated}, {@link CommentsSwitched}); a published reply tells the
 * thread's subscribers.
 */
@Service
@Transactional
public class CommentModeration {

    /** What a moderator can decide about comments, as the bulk form names it. */
    public enum Decision {
        APPROVE("approuver", CommentStatus.APPROVED, CommentAction.APPROVED),
        REJECT("refuser", CommentStatus.REJECTED, CommentAction.REJECTED),
        SPAM("indesirable", CommentStatus.SPAM, CommentAction.MARKED_SPAM);

        private final String param;
        private final CommentStatus status;
        private final CommentAction auditAction;

        Decision(String param, CommentStatus status, CommentAction auditAction) {
            this.param = param;
            this.status = status;
            this.auditAction = auditAction;
        }

        public String param() {
            return param;
        }

        public static Optional<Decision> ofParam(String param) {
            return Arrays.stream(values())
                    .filter(decision -> decision.param.equals(param))
                    .findFirst();
        }
    }

    /** A comment as moderators see it: everything, the e-mail too, and its subject's title and state. */
    public record ModeratedComment(
            long id,
            CommentStatus status,
            String authorName,
            String authorEmail,
            String website,
            boolean fromBoard,
            LocalDateTime createdAt,
            String body,
            String subjectType,
            long subjectId,
            String subjectTitle,
            String subjectPath,
            boolean subjectVisible,
            Long parentId,
            LocalDateTime editedAt,
            String editedByName,
            LocalDateTime decidedAt,
            String decidedByName,
            boolean erased) {

        public boolean reply() {
            return parentId != null;
        }

        public boolean answerable() {
            return status == CommentStatus.APPROVED && !erased && subjectVisible;
        }
    }

    /** A comment with its thread around it (the first comment and its replies), for its moderation page. */
    public record CommentDetail(
            ModeratedComment comment, List<ModeratedComment> thread, String subjectPathName, boolean subjectOpen) {}

    /** A post or page readers see, whether it takes comments and why not, and how many it has. */
    public record SubjectRow(
            String type,
            String pathName,
            long id,
            String title,
            String path,
            boolean switchOpen,
            String closedMessage,
            long approved,
            long pending) {

        public boolean open() {
            return closedMessage == null;
        }
    }

    private final CommentRepository comments;
    private final CommentSubjects subjects;
    private final ReplyNotifications notifications;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final CommentsProperties properties;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    CommentModeration(
            CommentRepository comments,
            CommentSubjects subjects,
            ReplyNotifications notifications,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            CommentsProperties properties,
            MessageSourceAccessor messages,
            Clock clock) {
        this.comments = comments;
        this.subjects = subjects;
        this.notifications = notifications;
        this.events = events;
        this.jdbc = jdbc;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /** A folder's comments, newest first; {@code size} is the folder's size, from {@link #folderCounts()}. */
    @Transactional(readOnly = true)
    public Page<ModeratedComment> folder(CommentStatus status, long size, Pageable page) {
        Page<Comment> found = Paging.existing(
                new PageImpl<>(comments.findByStatusOrderByCreatedAtDescIdDesc(status, page), page, size));
        return new PageImpl<>(views(found.getContent()), page, found.getTotalElements());
    }

    /** How many comments each folder holds, as the database keeps them (V59 trigger): no count of every comment. */
    @Transactional(readOnly = true)
    public Map<CommentStatus, Long> folderCounts() {
        Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
        for (CommentStatus status : CommentStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, comments from comment_folder_count")
                .query((row, n) -> Map.entry(CommentStatus.valueOf(row.getString(1)), row.getLong(2)))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** For the board's dashboard. */
    @Transactional(readOnly = true)
    public long pendingCount() {
        return folderCounts().get(CommentStatus.PENDING);
    }

    @Transactional(readOnly = true)
    public CommentDetail detail(long id) {
        Comment comment = comments.findById(id).orElseThrow(() -> new NotFoundException("comment " + id));
        List<Comment> thread = comments.findThread(comment.rootId());
        List<ModeratedComment> views = views(thread);
        ModeratedComment self =
                views.stream().filter(view -> view.id() == id).findFirst().orElseThrow();
        Optional<CommentSubject> subject = subjects.find(comment.getSubjectType(), comment.getSubjectId());
        boolean open =
                subject.map(found -> subjects.closure(found) == Closure.OPEN).orElse(false);
        return new CommentDetail(self, views, pathName(comment.getSubjectType()), open);
    }

    /**
     * Moves comments to the folder of a decision; those already there are left as they are. Returns how many moved.
     */
    public int decide(Collection<Long> ids, Decision decision, Actor actor) {
        List<Comment> found = comments.findAllById(new HashSet<>(ids)).stream()
                .sorted(Comparator.comparing(Comment::getId))
                .toList();
        Map<String, Map<Long, CommentSubject>> subjectsOf = subjectsOf(found);
        Instant now = clock.instant();
        int moved = 0;
        for (Comment comment : found) {
            if (comment.getStatus() == decision.status || comment.getErasedAt() != null) {
                continue;
            }
            comment.decide(decision.status, actor.name(), now);
            if (decision.status == CommentStatus.APPROVED) {
                notifications.published(comment);
            }
            events.publishEvent(new CommentModerated(
                    comment.getId(), label(comment, subjectsOf), decision.auditAction, actor, now));
            moved++;
        }
        return moved;
    }

    /** Replaces a comment's text (a moderator may correct it, or take out what must not stay). */
    public void edit(long id, String text, Actor actor) {
        Comment comment = comments.findById(id).orElseThrow(() -> new NotFoundException("comment " + id));
        if (comment.getErasedAt() != null) {
            throw new NotFoundException("erased comment " + id);
        }
        Instant now = clock.instant();
        comment.edit(normalise(text), actor.name(), now);
        events.publishEvent(new CommentModerated(
                id, label(comment, subjectsOf(List.of(comment))), CommentAction.EDITED, actor, now));
    }

    /**
     * The association answers a published comment: the reply, signed with the board member's name and marked as the
     * association's, joins the thread at once. Returns its id.
     *
     * @throws NotAnswerableException when the comment is not shown to readers (waiting, refused, spam, erased, or its
     *                                subject offline)
     */
    public long reply(long id, String text, Actor actor) {
        Comment answered = comments.findById(id).orElseThrow(() -> new NotFoundException("comment " + id));
        Comment root =
                answered.isReply() ? comments.findById(answered.getParentId()).orElseThrow() : answered;
        Optional<CommentSubject> subject = subjects.find(answered.getSubjectType(), answered.getSubjectId())
                .filter(CommentSubject::publiclyVisible);
        if (answered.getStatus() != CommentStatus.APPROVED
                || answered.getErasedAt() != null
                || root.getStatus() != CommentStatus.APPROVED
                || subject.isEmpty()
                || actor.accountId() == null) {
            throw new NotAnswerableException();
        }
        Instant now = clock.instant();
        Comment reply = comments.save(Comment.byBoard(
                answered.getSubjectType(),
                answered.getSubjectId(),
                root.getId(),
                actor.accountId(),
                actor.name(),
                normalise(text),
                now));
        notifications.published(reply);
        events.publishEvent(new CommentModerated(
                reply.getId(), actor.name() + " — " + subject.get().title(), CommentAction.REPLIED, actor, now));
        return reply.getId();
    }

    /** The comment answered is not one readers see. */
    public static class NotAnswerableException extends RuntimeException {

        NotAnswerableException() {
            super("comment not shown to readers");
        }
    }

    /**
     * A page of the posts and pages readers see, with each one's switch, the reason comments are closed if they are,
     * and its counts (read for the subjects of the page only).
     */
    @Transactional(readOnly = true)
    public Page<SubjectRow> subjects(Pageable page) {
        Page<CommentSubject> shown = Paging.existing(subjects.listPublic(page));
        Map<String, List<Long>> idsByType = shown.stream()
                .collect(Collectors.groupingBy(
                        CommentSubject::type, Collectors.mapping(CommentSubject::id, Collectors.toList())));
        Map<String, Map<Long, long[]>> counts = new HashMap<>();
        Map<String, Map<Long, Boolean>> switches = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            switches.put(type, subjects.switches(type, ids));
            jdbc.sql("""
                            select subject_id,
                                   count(*) filter (where status = 'APPROVED' and erased_at is null),
                                   count(*) filter (where status = 'PENDING')
                            from comment where subject_type = :type and subject_id in (:ids) group by subject_id""").param("type", type).param("ids", ids).query((ResultSet row) -> {
                counts.computeIfAbsent(type, kind -> new HashMap<>())
                        .put(row.getLong(1), new long[] {row.getLong(2), row.getLong(3)});
            });
        });
        List<SubjectRow> rows = new ArrayList<>();
        for (CommentSubject subject : shown) {
            Boolean switchOpen = switches.get(subject.type()).get(subject.id());
            Closure closure = subjects.closure(subject, switchOpen);
            long[] count = counts.getOrDefault(subject.type(), Map.of()).getOrDefault(subject.id(), new long[2]);
            rows.add(new SubjectRow(
                    subject.type(),
                    pathName(subject.type()),
                    subject.id(),
                    subject.title(),
                    subject.path(),
                    switchOpen != null ? switchOpen : closure != Closure.CLOSED,
                    closure.messageKey(),
                    count[0],
                    count[1]));
        }
        return new PageImpl<>(rows, page, shown.getTotalElements());
    }

    /** Opens or closes comments on a post or page readers see (the age of a post still closes them). */
    public void setOpen(String pathName, long id, boolean open, Actor actor) {
        CommentSubject subject =
                subjects.findPublic(pathName, id).orElseThrow(() -> new NotFoundException(pathName + " " + id));
        subjects.setSwitch(subject.type(), subject.id(), open);
        events.publishEvent(
                new CommentsSwitched(subject.type(), subject.id(), subject.title(), open, actor, clock.instant()));
    }

    public long closeAfterDays() {
        return properties.closeAfterDays();
    }

    public int maxLength() {
        return properties.maxLength();
    }

    private String pathName(String type) {
        return subjects.pathNameOf(type);
    }

    private Map<String, Map<Long, CommentSubject>> subjectsOf(Collection<Comment> found) {
        Map<String, Set<Long>> idsByType = new HashMap<>();
        for (Comment comment : found) {
            idsByType
                    .computeIfAbsent(comment.getSubjectType(), type -> new HashSet<>())
                    .add(comment.getSubjectId());
        }
        return subjects.findAll(idsByType);
    }

    private List<ModeratedComment> views(List<Comment> found) {
        Map<String, Map<Long, CommentSubject>> subjectsOf = subjectsOf(found);
        return found.stream()
                .map(comment -> {
                    CommentSubject subject = subjectsOf
                            .getOrDefault(comment.getSubjectType(), Map.of())
                            .get(comment.getSubjectId());
                    return new ModeratedComment(
                            comment.getId(),
                            comment.getStatus(),
                            comment.getAuthorName(),
                            comment.getAuthorEmail(),
                            comment.getAuthorWebsite(),
                            comment.isFromBoard(),
                            local(comment.getCreatedAt()),
                            comment.getBody(),
                            comment.getSubjectType(),
                            comment.getSubjectId(),
                            subject == null ? messages.getMessage("comment.subject.deleted") : subject.title(),
                            subject == null ? null : subject.path(),
                            subject != null && subject.publiclyVisible(),
                            comment.getParentId(),
                            local(comment.getEditedAt()),
                            comment.getEditedByName(),
                            local(comment.getDecidedAt()),
                            comment.getDecidedByName(),
                            comment.getErasedAt() != null);
                })
                .toList();
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private static String label(Comment comment, Map<String, Map<Long, CommentSubject>> subjectsOf) {
        CommentSubject subject =
                subjectsOf.getOrDefault(comment.getSubjectType(), Map.of()).get(comment.getSubjectId());
        return comment.getAuthorName() + " — "
                + (subject == null ? comment.getSubjectType() + " " + comment.getSubjectId() : subject.title());
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
