package org.icmf.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.icmf.web.SpamGuard;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages served from memory to readers without a session, before Spring Security and everything else: the
 * bytes rendered for the first reader, in Brotli or gzip when asked, with a strong ETag (a 304 when the reader has
 * them). A HEAD is rendered as the GET it asks about, so that it fills the cache too and gets the same headers. Only
 * a 200 of a page, a feed, the sitemap, robots.txt or a calendar is kept, never one setting a cookie other than the
 * CSRF one of its forms, nor one marked no-store or private. Forms get each reader's own CSRF token and form stamp.
 * Emptied when the content version moves ({@link ContentVersions}); a page older than its time to live is rendered
 * again, and served as it was if that fails (the database unreachable).
 */
class ReaderCache extends OncePerRequestFilter {

    static final String STATE_HEADER = "X-Cache";

    private static final List<String> CACHED_TYPES = List.of(
            "text/html",
            "application/atom+xml",
            "application/rss+xml",
            "application/xml",
            "text/xml",
            "text/plain",
            "text/calendar");
    private static final List<String> BYPASSED_PATHS =
            List.of("/admin", "/actuator", "/assets/", "/media/", "/espace-membre");
    /** Written by the cache itself when it serves, or by the server. */
    private static final Set<String> UNSTORED_HEADERS = Set.of(
            "set-cookie",
            "content-type",
            "content-length",
            "content-encoding",
            "transfer-encoding",
            "date",
            "etag",
            "vary",
            STATE_HEADER.toLowerCase());

    private final Cache<String, CachedPage> pages;
    private final CacheProperties properties;
    private final ContentVersions versions;
    private final SpamGuard spamGuard;
    private final ReaderCsrf csrf;
    private final String sessionCookie;
    private final Clock clock;
    /** Expired pages being rendered again, by their key. */
    private final Map<String, Boolean> refreshing = new ConcurrentHashMap<>();
    /** Moves with each emptying: a page rendered before it is not stored after it. */
    private final AtomicLong generation = new AtomicLong();

    ReaderCache(
            CacheProperties properties,
            ContentVersions versions,
            SpamGuard spamGuard,
            ReaderCsrf csrf,
            String sessionCookie,
            Clock clock) {
        this.properties = properties;
        this.versions = versions;
        this.spamGuard = spamGuard;
        this.csrf = csrf;
        this.sessionCookie = sessionCookie;
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maximumSize().toBytes())
                .weigher((String key, CachedPage page) -> key.length() * 2 + page.weight())
                .build();
        versions.onChange(this::clear);
    }

    void clear() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    /** The bytes the cache holds, as its weigher counts them. */
    long weightedSize() {
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!properties.enabled()) {
            return true;
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return true;
        }
        String path = request.getRequestURI();
        if (BYPASSED_PATHS.stream().anyMatch(path::startsWith)
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        // Parameters not in the address (MockMvc's) would be missing from the key.
        if (request.getQueryString() == null && !request.getParameterMap().isEmpty()) {
            return true;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(sessionCookie)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The cache names its pages by their bytes' hash: no second hash of each response.
        ShallowEtagHeaderFilter.disableContentCaching(request);
        String key = (request.isSecure() ? "https " : "http ")
                + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // A reload that asks for the page as it is now (Cache-Control: no-cache) renders it, and keeps it.
        CachedPage cached = noCache(request) ? null : pages.getIfPresent(key);
        if (cached != null) {
            // A page about to be served again: still current? (Free unless checked before every answer.)
            versions.current();
            cached = pages.getIfPresent(key);
        }
        if (cached != null
                && clock.millis() - cached.storedAt() < properties.timeToLive().toMillis()) {
            serve(key, cached, "HIT", request, response);
            return;
        }
        // One reader renders an expired page again; the others get it as it was meanwhile, not all rendering it.
        if (cached != null && refreshing.putIfAbsent(key, Boolean.TRUE) != null) {
            serve(key, cached, "STALE", request, response);
            return;
        }
        try {
            render(key, cached, request, response, chain);
        } finally {
            if (cached != null) {
                refreshing.remove(key);
            }
        }
    }

    private void render(
            String key, CachedPage cached, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long renderedIn = generation.get();
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        boolean head = request.getMethod().equals("HEAD");
        try {
            chain.doFilter(head ? asGet(request) : request, rendered);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (cached == null || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            serve(key, cached, "STALE", request, response);
            return;
        }
        if (cached != null && rendered.getStatus() >= 500 && !response.isCommitted()) {
            response.reset();
            serve(key, cached, "STALE", request, response);
            return;
        }
        CachedPage page = storable(rendered);
        if (page != null && generation.get() == renderedIn) {
            pages.put(key, page);
        }
        if (page != null && page.fields().isEmpty()) {
            // The first reader too gets the page as kept: its ETag, compressed if asked.
            writeBody(key, page, "MISS", request, response);
            return;
        }
        rendered.setHeader(STATE_HEADER, "MISS");
        if (head) {
            response.setContentLength(rendered.getContentSize());
        } else {
            rendered.copyBodyToResponse();
        }
    }

    /** The GET a HEAD asks about, for the application behind; the body rendered is not sent. */
    private static HttpServletRequest asGet(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    private CachedPage storable(ContentCachingResponseWrapper rendered) {
        String type = rendered.getContentType();
        if (rendered.getStatus() != HttpServletResponse.SC_OK
                || type == null
                || CACHED_TYPES.stream().noneMatch(type::startsWith)
                || rendered.getContentSize() == 0) {
            return null;
        }
        String cacheControl = rendered.getHeader(HttpHeaders.CACHE_CONTROL);
        if (cacheControl != null && (cacheControl.contains("no-store") || cacheControl.contains("private"))) {
            return null;
        }
        CachedPage page = CachedPage.of(type, headers(rendered), rendered.getContentAsByteArray(), clock.millis());
        for (String cookie : rendered.getHeaders(HttpHeaders.SET_COOKIE)) {
            // The CSRF cookie goes with the token of the forms, which is filled in for each reader.
            if (!(page.hasFields(CachedPage.Field.CSRF) && cookie.startsWith(csrf.cookieName() + "="))) {
                return null;
            }
        }
        return page;
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!UNSTORED_HEADERS.contains(name.toLowerCase())) {
                headers.putIfAbsent(name, List.copyOf(new ArrayList<>(response.getHeaders(name))));
            }
        }
        return Map.copyOf(headers);
    }

    private void serve(
            String key, CachedPage page, String state, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        writeBody(key, page, state, request, response);
    }

    /** The page's body and the headers that go with it, the others already written. */
    private void writeBody(
            String key, CachedPage page, String state, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // Pages with forms are compressed for each reader: gzip only, as Brotli costs more time for each answer.
        boolean fixed = page.fields().isEmpty();
        ContentCoding coding = ContentCoding.preferred(
                request.getHeader(HttpHeaders.ACCEPT_ENCODING), fixed && ContentCoding.BROTLI_AVAILABLE);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(STATE_HEADER, state);
        byte[] body;
        if (fixed) {
            String etag = "\"" + page.etag() + coding.etagSuffix + "\"";
            response.setHeader(HttpHeaders.ETAG, etag);
            if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            // Compressed for the first reader who asks for this coding, then kept (and weighed) with the page.
            CachedPage encoded = page.encodedIn(coding);
            if (encoded != page) {
                pages.asMap().replace(key, page, encoded);
            }
            body = encoded.encoded(coding);
        } else {
            String token = page.hasFields(CachedPage.Field.CSRF) ? csrf.formToken(request, response) : "";
            body = page.fill(token, spamGuard.stamp());
            if (coding == ContentCoding.GZIP) {
                body = ContentCoding.gzip(body);
            }
        }
        if (coding.token != null) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, coding.token);
        }
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean noCache(HttpServletRequest request) {
        String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.length() < 200 && cacheControl.contains("no-cache");
    }

    /** {@code If-None-Match} compares weakly: a tag sent back as weak still names these bytes. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > 2000) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
