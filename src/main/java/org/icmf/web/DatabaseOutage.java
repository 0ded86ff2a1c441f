package org.icmf.web;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * While PostgreSQL is unreachable, anything that needed it answers the French 503 page with {@code Retry-After}
 * rather than a 500: page controllers, but also the board sessions (Spring Session JDBC) and the forms' key, which
 * fail before any controller runs, hence a filter ahead of the session filter. The wait is bounded by the pool's
 * connection timeout; nothing was committed, so the visitor's browser still holds what was typed (the page says to
 * go back and send again). The page uses the site's layout without the database (no navigation from the pages
 * module), and falls back to a plain page if even that cannot be rendered.
 *
 * <p>A busy site is told apart from a database outage: when no connection could be had within the pool's timeout
 * although the database answers (the pool saw no failure to connect, and every connection it holds is in use), the
 * 503 page says the site is very busy and asks to retry within a few seconds.
 */
@Component
class DatabaseOutage extends OncePerRequestFilter implements Ordered {

    /** After the character encoding filter, before Spring Session's (HIGHEST_PRECEDENCE + 50) and Security's. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "30";

    /** Seconds a client is asked to wait when every connection is in use: the next page may well be served. */
    static final String BUSY_RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private static final String FALLBACK = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>Site momentanément indisponible</title></head>
            <body><h1>Site momentanément indisponible</h1>
            <p>Le site ne peut pas accéder à ses données pour l'instant. Réessayez dans quelques instants.</p>
            </body></html>
            """;

    private final ThymeleafViewResolver views;
    private final ResourceUrlProvider resourceUrls;
    private final SiteProperties site;
    private final ObjectProvider<DataSource> dataSource;

    DatabaseOutage(
            ThymeleafViewResolver views,
            ResourceUrlProvider resourceUrls,
            SiteProperties site,
            ObjectProvider<DataSource> dataSource) {
        this.views = views;
        this.resourceUrls = resourceUrls;
        this.site = site;
        this.dataSource = dataSource;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!isDatabaseUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            boolean busy = isPoolBusy(e);
            log.warn(
                    "{}, answering 503 to {} {}: {}",
                    busy ? "Every database connection in use" : "Database unreachable",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootMessage(e));
            answer(request, response, busy);
        }
    }

    /** Failures to reach PostgreSQL, not errors in a statement it received (those remain bugs: 500). */
    static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A rollback on a dropped connection overrides the failure that caused it (kept as suppressed).
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isDatabaseUnreachable(suppressed)) {
                    return true;
                }
            }
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            // SQLSTATE class 08 (connection exception), 57P01-03 (server shutting down or starting up).
            // and Hikari's "Connection is closed" when a transaction ends on a connection that dropped.
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("08")
                        || state.startsWith("57P0")
                        || "Connection is closed".equals(sql.getMessage())) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} is the pool's timeout while the database is fine: Hikari attaches the last failure to
     * connect as the cause of its timeout (none since the last success here), and every connection is in use.
     */
    boolean isPoolBusy(Throwable failure) {
        HikariPoolMXBean pool = pool();
        if (pool == null
                || pool.getTotalConnections() == 0
                || pool.getActiveConnections() < pool.getTotalConnections()) {
            return false;
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException timeout) {
                return timeout.getCause() == null;
            }
        }
        return false;
    }

    private HikariPoolMXBean pool() {
        try {
            DataSource source = dataSource.getIfAvailable();
            return source != null && source.isWrapperFor(HikariDataSource.class)
                    ? source.unwrap(HikariDataSource.class).getHikariPoolMXBean()
                    : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * The 503 page for a controller that failed on the database: answered here rather than left to Spring MVC,
     * which takes a dropped connection's "broken pipe" or end of stream for a visitor gone away and answers nothing.
     */
    ModelAndView page(Throwable failure, HttpServletResponse response) {
        boolean busy = isPoolBusy(failure);
        headers(response, busy);
        return new ModelAndView("error/503", model(busy), HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** The layout's model, without the navigation: the pages module would need the database for it. */
    private Map<String, Object> model(boolean busy) {
        return Map.of("site", site, "currentPath", "", "status", HttpStatus.SERVICE_UNAVAILABLE.value(), "busy", busy);
    }

    private static void headers(HttpServletResponse response, boolean busy) {
        response.setHeader(HttpHeaders.RETRY_AFTER, busy ? BUSY_RETRY_AFTER_SECONDS : RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, boolean busy) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        headers(response, busy);
        try {
            View view = views.resolveViewName("error/503", Locale.FRANCE);
            // The layout's asset links are fingerprinted as on every page (the resource chain's URL encoding).
            request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, resourceUrls);
            new ResourceUrlEncodingFilter()
                    .doFilter(
                            request,
                            response,
                            (req, res) -> render(view, busy, (HttpServletRequest) req, (HttpServletResponse) res));
        } catch (Exception e) {
            log.warn("Could not render the 503 page, answering the plain one", e);
            response.resetBuffer();
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(FALLBACK);
        }
    }

    private void render(View view, boolean busy, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            view.render(model(busy), request, response);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
