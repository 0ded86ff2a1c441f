package org.icmf.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends board sessions, which Spring Session keeps in PostgreSQL (table {@code security_session}) indexed by
 * principal name, the account's login e-mail: an ended session is gone for every instance at once.
 */
@Component
class BoardSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    BoardSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endAll(String email) {
        endAllBut(email, null);
    }

    /** Ends the account's sessions but {@code keptSessionId} (null: ends them all). */
    void endAllBut(String email, String keptSessionId) {
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(sessions::deleteById);
    }
}
