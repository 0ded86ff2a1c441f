package org.icmf.comments;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icmf.comments.CommentPosting.Outcome;
import org.icmf.comments.CommentSubjects.Closure;
import org.icmf.comments.CommentViews.CommentFormView;
import org.icmf.comments.CommentViews.PublicComment;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Comments as visitors send them: {@code /commentaires/article/12} (or {@code /commentaires/page/3}) is where the form
 * under a subject posts, and the page that shows the form again when something must be corrected, or to answer a
 * comment ({@code ?reponse=45}); each subject's Atom feed of comments; the link that stops reply e-mails.
 * A subject readers cannot see (unknown id, draft, scheduled, trashed) is a 404, whatever is asked of it.
 */
@Controller
class CommentController {

    private static final String SUBJECT = "/commentaires/{kind:[a-z]+}/{id:\\d{1,18}}";
    private static final String FORM = "comments/form";

    private final CommentSubjects subjects;
    private final CommentSections sections;
    private final CommentPosting posting;
    private final CommentFeed feed;
    private final ReplyNotifications notifications;
    private final CommentsProperties properties;
    private final MessageSource messages;

    CommentController(
            CommentSubjects subjects,
            CommentSections sections,
            CommentPosting posting,
            CommentFeed feed,
            ReplyNotifications notifications,
            CommentsProperties properties,
            MessageSource messages) {
        this.subjects = subjects;
        this.sections = sections;
        this.posting = posting;
        this.feed = feed;
        this.notifications = notifications;
        this.properties = properties;
        this.messages = messages;
    }

    /** The form on its own page: to answer a comment, or to start a thread. */
    @GetMapping(SUBJECT)
    String form(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(name = "reponse", required = false) String replyTo,
            Model model) {
        CommentSubject subject = publicSubject(kind, id);
        PublicComment parent = null;
        if (replyTo != null) {
            long answered = replyTo.matches("\\d{1,18}") ? Long.parseLong(replyTo) : -1;
            parent = sections.answerable(subject, answered)
                    .orElseThrow(() -> new NotFoundException("comment " + replyTo));
        }
        Closure closure = subjects.closure(subject);
        CommentFormView form = closure == Closure.OPEN
                ? sections.blankForm(subjects.basePath(subject), parent == null ? null : parent.id())
                : null;
        return page(subject, parent, form, closure, null, model);
    }

    @PostMapping(SUBJECT)
    String submit(
            @PathVariable String kind,
            @PathVariable long id,
            @Valid @ModelAttribute("commentForm") CommentForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        CommentSubject subject = publicSubject(kind, id);
        Long replyTo = form.replyToId();
        Long thread = null;
        PublicComment parent = null;
        if (replyTo != null) {
            thread = posting.threadToAnswer(subject, replyTo)
                    .orElseThrow(() -> new NotFoundException("comment " + replyTo));
            parent = sections.answerable(subject, replyTo).orElse(null);
        }
        String waiting = "redirect:" + subject.path() + "?commentaire=attente#commentaires";
        if (form.fromRobot()) {
            // Robots get the answer a person would, and nothing is stored.
            return waiting;
        }
        Closure closure = subjects.closure(subject);
        if (closure != Closure.OPEN) {
            return page(subject, parent, null, closure, form.values().text(), model);
        }
        if (!errors.hasFieldErrors("website") && !form.websiteShaped()) {
            errors.rejectValue("website", "comment.website.invalid");
        }
        if (!errors.hasFieldErrors("text") && form.normalisedText().length() > properties.maxLength()) {
            errors.rejectValue("text", "comment.text.size", new Object[] {properties.maxLength()}, null);
        }
        if (errors.hasErrors()) {
            return page(subject, parent, formView(subject, form, replyTo, errors), closure, null, model);
        }
        Outcome outcome = posting.submit(subject, thread, form, request.getRemoteAddr());
        switch (outcome.result()) {
            case PUBLISHED:
                return "redirect:" + subject.path() + "?commentaire=publie#commentaire-" + outcome.commentId();
            case PENDING:
            case SPAM:
            case ROBOT:
                return waiting;
            case TOO_FAST:
                errors.reject("comment.tooFast");
                break;
            case STALE_FORM:
                errors.reject("comment.stale");
                break;
            case TOO_FREQUENT:
                errors.reject("comment.tooFrequent");
                break;
            default:
                throw new IllegalStateException("Unexpected outcome " + outcome);
        }
        return page(subject, parent, formView(subject, form, replyTo, errors), closure, null, model);
    }

    @GetMapping(SUBJECT + "/feed.atom")
    ResponseEntity<String> feed(@PathVariable String kind, @PathVariable long id) {
        CommentSubject subject = publicSubject(kind, id);
        return ResponseEntity.ok().contentType(CommentFeed.ATOM).body(feed.atom(subject, subjects.basePath(subject)));
    }

    @GetMapping(ReplyNotifications.UNSUBSCRIBE_PATH + "{token}")
    String unsubscribePage(@PathVariable String token, HttpServletResponse response, Model model) {
        notifications.subscriptionOf(token).orElseThrow(() -> new NotFoundException("unsubscribe link"));
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("token", token);
        model.addAttribute("meta", PageMeta.titled("meta.comments.replies.title"));
        return "comments/unsubscribe";
    }

    @PostMapping(ReplyNotifications.UNSUBSCRIBE_PATH + "{token}")
    String unsubscribe(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!notifications.unsubscribe(token)) {
            throw new NotFoundException("unsubscribe link");
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("stopped", true);
        model.addAttribute("meta", PageMeta.titled("meta.comments.replies.title"));
        return "comments/unsubscribe";
    }

    private CommentSubject publicSubject(String kind, long id) {
        return subjects.findPublic(kind, id).orElseThrow(() -> new NotFoundException(kind + " " + id));
    }

    /** The form again with what was typed, each field's French message, and a fresh stamp. */
    private CommentFormView formView(CommentSubject subject, CommentForm form, Long replyTo, BindingResult errors) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            fieldErrors.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
        List<String> globalErrors = errors.getGlobalErrors().stream()
                .map(error -> messages.getMessage(error, LocaleContextHolder.getLocale()))
                .toList();
        CommentFormView blank = sections.blankForm(subjects.basePath(subject), replyTo);
        return new CommentFormView(
                blank.action(),
                form.values(),
                fieldErrors,
                globalErrors,
                blank.stamp(),
                replyTo,
                blank.emailRetention());
    }

    private String page(
            CommentSubject subject,
            PublicComment parent,
            CommentFormView form,
            Closure closure,
            String typedText,
            Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("parent", parent);
        model.addAttribute("form", form);
        model.addAttribute("closedMessage", closure.messageKey());
        model.addAttribute("closeAfterDays", properties.closeAfterDays());
        model.addAttribute("typedText", typedText);
        model.addAttribute(
                "meta",
                PageMeta.titled(
                        parent == null ? "meta.comments.comment.title" : "meta.comments.reply.title", subject.title()));
        return FORM;
    }
}
