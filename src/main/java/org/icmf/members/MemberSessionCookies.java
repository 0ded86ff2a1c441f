package org.icmf.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Which cookie names the session of a request: under {@code /espace-membre} the member's cookie, whose path keeps it
 * there, elsewhere the board's ({@code server.servlet.session.cookie.*}, as Spring Boot would set it up). A member's
 * session and a board member's are thus two sessions, even in one browser, and pages outside the space never see a
 * member's cookie; they stay the readers' pages, served from the reader cache.
 */
class MemberSessionCookies implements HttpSessionIdResolver {

    static final String SPACE = "/espace-membre";
    static final String COOKIE = "ICMF_MEMBRE";

    private final CookieHttpSessionIdResolver board = new CookieHttpSessionIdResolver();
    private final CookieHttpSessionIdResolver members = new CookieHttpSessionIdResolver();

    MemberSessionCookies(ServerProperties server) {
        Cookie configured = server.getServlet().getSession().getCookie();
        DefaultCookieSerializer boardCookie = serializer(configured);
        if (configured.getName() != null) {
            boardCookie.setCookieName(configured.getName());
        }
        if (configured.getDomain() != null) {
            boardCookie.setDomainName(configured.getDomain());
        }
        if (configured.getPath() != null) {
            boardCookie.setCookiePath(configured.getPath());
        }
        if (configured.getMaxAge() != null) {
            boardCookie.setCookieMaxAge((int) configured.getMaxAge().toSeconds());
        }
        board.setCookieSerializer(boardCookie);
        DefaultCookieSerializer memberCookie = serializer(configured);
        memberCookie.setCookieName(COOKIE);
        memberCookie.setCookiePath(SPACE);
        members.setCookieSerializer(memberCookie);
    }

    /** What both cookies share: HttpOnly, Secure and SameSite as configured. */
    private static DefaultCookieSerializer serializer(Cookie configured) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        if (configured.getHttpOnly() != null) {
            serializer.setUseHttpOnlyCookie(configured.getHttpOnly());
        }
        if (configured.getSecure() != null) {
            serializer.setUseSecureCookie(configured.getSecure());
        }
        if (configured.getSameSite() != null) {
            serializer.setSameSite(configured.getSameSite().attributeValue());
        }
        if (configured.getPartitioned() != null) {
            serializer.setPartitioned(configured.getPartitioned());
        }
        return serializer;
    }

    static boolean inSpace(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(SPACE) || path.startsWith(SPACE + "/");
    }

    private CookieHttpSessionIdResolver resolver(HttpServletRequest request) {
        return inSpace(request) ? members : board;
    }

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        return resolver(request).resolveSessionIds(request);
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        resolver(request).setSessionId(request, response, sessionId);
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        resolver(request).expireSession(request, response);
    }
}
