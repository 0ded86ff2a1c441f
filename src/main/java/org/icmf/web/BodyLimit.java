package org.icmf.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it (Spring Security reads parameters for the CSRF token), a body the site has no use
 * for: a multipart body except on the media library's upload ({@code /admin/medias…}, whose own limits and French
 * message apply), 415; any other body declared larger than {@code icmf.web.max-body-size}, 413. Both get the French
 * error page through the container's error dispatch, never the form with the megabyte echoed back. A body sent in
 * chunks, without a declared length, is cut by Tomcat's own form-size limit set to the same value.
 */
final class BodyLimit extends OncePerRequestFilter {

    static final String MEDIA_UPLOADS = "/admin/medias";

    private final long maxBodySize;

    BodyLimit(long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = request.getRequestURI().startsWith(request.getContextPath() + MEDIA_UPLOADS);
        if (!upload && isMultipart(request)) {
            response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        } else if (!upload && request.getContentLengthLong() > maxBodySize) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
