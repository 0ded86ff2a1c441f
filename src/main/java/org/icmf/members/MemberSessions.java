package org.icmf.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Members' sessions: in the same PostgreSQL store as the board's (Spring Session JDBC), under a cookie of their own
 * ({@link MemberSessionCookies}), with the member's security context under an attribute of its own and indexed by
 * {@link SignedInMember#sessionIndex()}, so that a member can end every session of theirs at once and a board login
 * never reads a member's session, nor the other way round.
 */
@Component
class MemberSessions {

    /** The session attribute holding a member's security context (the board's is Spring Security's default). */
    static final String CONTEXT_ATTRIBUTE = "ICMF_MEMBER_SECURITY_CONTEXT";

    static final String ROLE = "ROLE_MEMBER";

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final HttpSessionSecurityContextRepository contexts = contexts();
    private final MembersProperties properties;

    MemberSessions(FindByIndexNameSessionRepository<? extends Session> sessions, MembersProperties properties) {
        this.sessions = sessions;
        this.properties = properties;
    }

    static HttpSessionSecurityContextRepository contexts() {
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        // Only a sign-in creates a member's session.
        contexts.setAllowSessionCreation(false);
        return contexts;
    }

    /** Starts a session for the member, under a new id (a session the browser already had is not trusted). */
    void signIn(SignedInMember member, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval((int) properties.sessionIdleTimeout().toSeconds());
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, member.sessionIndex());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                member, null, List.of(new SimpleGrantedAuthority(ROLE))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Ends every session of the member, this one included, on every instance. */
    void endAll(SignedInMember member, HttpServletRequest request) {
        HttpSession current = request.getSession(false);
        if (current != null) {
            current.invalidate();
        }
        SecurityContextHolder.clearContext();
        sessions.findByPrincipalName(member.sessionIndex()).keySet().forEach(sessions::deleteById);
    }
}
