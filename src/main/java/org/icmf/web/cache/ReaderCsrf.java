package org.icmf.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The CSRF token of a page served from the reader cache, which answers before Spring Security: each reader gets
 * their own, in their cookie, as Spring Security would have rendered it.
 */
public interface ReaderCsrf {

    /** The cookie holding the reader's token: a page setting only this one may still be cached. */
    String cookieName();

    /** The value for the form's hidden {@code _csrf} field, the cookie set if the reader had none. */
    String formToken(HttpServletRequest request, HttpServletResponse response);
}
