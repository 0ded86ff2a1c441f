package org.icmf.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.icmf.web.cache.ReaderCsrf;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.stereotype.Component;

/** The CSRF tokens of cached pages' forms, from the same cookie and masked the same way as Spring Security's own. */
@Component
class ReaderCsrfTokens implements ReaderCsrf {

    private final CookieCsrfTokenRepository tokens;
    private final XorCsrfTokenRequestAttributeHandler masking = new XorCsrfTokenRequestAttributeHandler();

    ReaderCsrfTokens(@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.tokens = SecurityConfiguration.csrfTokens(secureCookies);
    }

    @Override
    public String cookieName() {
        return SecurityPrivacyFacts.CSRF_COOKIE;
    }

    @Override
    public String formToken(HttpServletRequest request, HttpServletResponse response) {
        CsrfToken loaded = tokens.loadToken(request);
        CsrfToken token = loaded != null ? loaded : tokens.generateToken(request);
        if (loaded == null) {
            tokens.saveToken(token, request, response);
        }
        masking.handle(request, response, () -> token);
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }
}
