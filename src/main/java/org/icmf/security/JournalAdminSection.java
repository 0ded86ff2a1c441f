package org.icmf.security;

import java.util.List;
import org.icmf.audit.AuditLog;
import org.icmf.security.spi.AdminSection;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Recent;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log's section, with the latest actions on the dashboard. Declared here rather than in {@code audit}:
 * the audit log sits below this module (accounts' changes are audited), so it cannot implement this module's spi
 * without a cycle. The same holds for any module this one builds on ({@link MailAdminSection}).
 */
@Component
class JournalAdminSection implements AdminSection {

    private static final String PATH = "/admin/journal";
    private static final int RECENT_ACTIONS = 5;

    private final AuditLog log;
    private final MessageSource messages;

    JournalAdminSection(AuditLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry("admin.section.journal", PATH, 90);
    }

    @Override
    public Role requiredRole() {
        return Role.ADMIN;
    }

    @Override
    public List<DashboardTile> tiles(BoardUser user) {
        List<Recent.Entry> entries = log.recent(RECENT_ACTIONS).stream()
                .map(row -> new Recent.Entry(row.occurredAt(), sentence(row)))
                .toList();
        return List.of(new Recent(
                "admin.dashboard.journal",
                500,
                entries,
                "admin.dashboard.journal.empty",
                "admin.dashboard.journal.all",
                PATH));
    }

    /** "Olivier a publié l’article « Bienvenue »", as the journal words it. */
    private String sentence(AuditLog.Row row) {
        String key = "audit." + row.subjectType() + "." + row.action();
        String done = messages.getMessage(key, null, row.action(), LocaleContextHolder.getLocale());
        return row.actorName() + " " + done + " « " + row.subjectLabel() + " »";
    }
}
