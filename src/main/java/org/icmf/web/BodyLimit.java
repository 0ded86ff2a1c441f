package org.icmf.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Refuses, before anything reads it (Spring Security reads parameters for the CSRF token), a body the site has no use
 * for: a multipart body except on the media library's upload ({@code /admin/medias…}, whose own limits and French
 * message apply), 415; any other body declared larger than {@code icmf.web.max-body-size}, 413. Both get the French
 * error page, rendered here (the container's error dispatch would read the parameters, and so the body, to lay the
 * page out), never the form with the megabyte echoed back; the connection is then closed rather than the rest of the
 * body read. A body sent in chunks, without a declared length, is cut by Tomcat's own form-size limit.
 */
final class BodyLimit extends OncePerRequestFilter {

    static final String MEDIA_UPLOADS = "/admin/medias";

    private final long maxBodySize;
    private final ErrorPages errorPages;
    private final ViewResolver views;

    BodyLimit(long maxBodySize, ErrorPages errorPages, ViewResolver views) {
        this.maxBodySize = maxBodySize;
        this.errorPages = errorPages;
        this.views = views;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = request.getRequestURI().startsWith(request.getContextPath() + MEDIA_UPLOADS);
        if (!upload && isMultipart(request)) {
            refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error/4xx", request, response);
        } else if (!upload && request.getContentLengthLong() > maxBodySize) {
            refuse(HttpStatus.CONTENT_TOO_LARGE, "error/413", request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpStatus status, String template, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        ModelAndView page = errorPages.page(template, status);
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CONNECTION, "close");
        try {
            View view = views.resolveViewName(template, Locale.FRANCE);
            view.render(page.getModel(), request, response);
        } catch (Exception e) {
            throw new ServletException("Could not render the " + status.value() + " page", e);
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
