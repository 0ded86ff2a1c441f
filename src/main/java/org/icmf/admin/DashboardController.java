package org.icmf.admin;

import java.util.stream.Stream;
import org.icmf.audit.AuditLog;
import org.icmf.blog.BlogService;
import org.icmf.blog.PostEditor;
import org.icmf.comments.CommentModeration;
import org.icmf.contact.ContactInbox;
import org.icmf.events.EventEditor;
import org.icmf.membership.MembershipReview;
import org.icmf.pages.PageEditor;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.web.PageMeta;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin}: what waits for the board, with links to act on it; each member sees their sections only. */
@Controller
class DashboardController {

    private static final int RECENT_ACTIONS = 5;
    /** Posts, and pages, listed at most for an image without a text alternative. */
    private static final int MISSING_ALT_TEXT = 10;

    private final BlogService blog;
    private final PostEditor posts;
    private final PageEditor pages;
    private final EventEditor events;
    private final MembershipReview membership;
    private final CommentModeration comments;
    private final AuditLog auditLog;
    private final ContactInbox contact;

    DashboardController(
            BlogService blog,
            PostEditor posts,
            PageEditor pages,
            EventEditor events,
            MembershipReview membership,
            CommentModeration comments,
            AuditLog auditLog,
            ContactInbox contact) {
        this.blog = blog;
        this.posts = posts;
        this.pages = pages;
        this.events = events;
        this.membership = membership;
        this.comments = comments;
        this.auditLog = auditLog;
        this.contact = contact;
    }

    @GetMapping("/admin")
    String dashboard(@AuthenticationPrincipal BoardUser user, Model model) {
        if (user.has(Role.EDITOR)) {
            model.addAttribute("posts", blog.postCounts());
            model.addAttribute("trashedPages", pages.trashCount());
            model.addAttribute("upcomingEvents", events.upcomingCount());
            model.addAttribute(
                    "missingAltText",
                    Stream.concat(
                                    posts.missingAltText(MISSING_ALT_TEXT).stream(),
                                    pages.missingAltText(MISSING_ALT_TEXT).stream())
                            .toList());
        }
        if (user.has(Role.TREASURER)) {
            model.addAttribute("awaitingApplications", membership.awaitingCount());
        }
        if (user.has(Role.MODERATOR)) {
            model.addAttribute("pendingComments", comments.pendingCount());
        }
        if (user.has(Role.ADMIN)) {
            model.addAttribute("messagesToHandle", contact.toHandleCount());
            model.addAttribute("recentActions", auditLog.search(AuditLog.Filter.NONE, 1, RECENT_ACTIONS));
        }
        model.addAttribute("meta", PageMeta.titled("meta.admin.dashboard.title"));
        return "admin/dashboard";
    }
}
