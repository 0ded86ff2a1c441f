package org.icmf.admin;

import org.icmf.audit.AuditLog;
import org.icmf.blog.BlogService;
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

    private final BlogService blog;
    private final PageEditor pages;
    private final EventEditor events;
    private final MembershipReview membership;
    private final CommentModeration comments;
    private final AuditLog auditLog;
    private final ContactInbox contact;

    DashboardController(BlogService blog, PageEditor pages, EventEditor events, MembershipReview membership,
            CommentModeration comments, AuditLog auditLog, ContactInbox contact) {
        this.blog = blog;
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
        model.addAttribute("meta", PageMeta.of("Tableau de bord", null, null));
        return "admin/dashboard";
    }
}
