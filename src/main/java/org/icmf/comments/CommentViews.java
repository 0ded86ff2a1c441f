package org.icmf.comments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;

/** What comment templates read, in this module and in the ones that show a section: immutable views. */
public final class CommentViews {

    private CommentViews() {}

    /**
     * The comments under a subject: its threads (oldest first, so the newest thread is last), how many comments
     * show, and the form when comments are open — or why they are closed.
     *
     * @param closedMessage  the message key saying why comments are closed, or null when they are open
     * @param closeAfterDays the age at which posts close, for that message
     * @param form           the blank form to start a thread, or null when comments are closed
     */
    public record CommentSection(
            String subjectTitle,
            String subjectPath,
            String formAction,
            String feedPath,
            Page<CommentThread> threads,
            long count,
            String closedMessage,
            long closeAfterDays,
            CommentFormView form) {

        public boolean open() {
            return closedMessage == null;
        }
    }

    /** A first comment and its replies, oldest first. */
    public record CommentThread(PublicComment root, List<PublicComment> replies) {}

    /**
     * A comment as readers see it. {@code bodyHtml} is the escaped text with links ({@link CommentText}); the
     * website is an http(s) address or null; {@code replyPath} is null when comments are closed.
     */
    public record PublicComment(
            long id,
            String authorName,
            String website,
            boolean fromBoard,
            Instant createdAt,
            String bodyHtml,
            boolean edited,
            boolean erased,
            String replyPath) {

        public String anchor() {
            return "commentaire-" + id;
        }
    }

    /**
     * The comment form as shown: what was typed, the French message of each field in error and of the form as a
     * whole, the signed stamp of when it was shown, the comment it replies to (null for a new thread), and how long
     * the e-mail address is kept, in French ("2 ans"), for the consent's text.
     */
    public record CommentFormView(
            String action,
            Values values,
            Map<String, String> errors,
            List<String> globalErrors,
            String stamp,
            Long replyTo,
            String emailRetention) {

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasErrors() {
            return !errors.isEmpty() || !globalErrors.isEmpty();
        }
    }

    /** The values of the form's fields, as typed. */
    public record Values(
            String name, String email, String website, String text, boolean consent, boolean notifyReplies) {

        public static final Values BLANK = new Values("", "", "", "", false, false);
    }
}
