package org.icmf.media;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.icmf.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * {@code /media/{key}.{ext}}: the library's images, for everyone. The URL names the bytes (a prefix of their
 * SHA-256), so it is cached for a year as immutable; the ETag is the full hash. An SVG gets a policy that
 * forbids it any script, request or navigation even when opened on its own.
 */
@Controller
class MediaController {

    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final MediaLibrary library;

    MediaController(MediaLibrary library) {
        this.library = library;
    }

    @GetMapping("/media/{key}.{extension}")
    void image(
            @PathVariable String key,
            @PathVariable String extension,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ImageSummary image =
                library.findPublic(key, extension).orElseThrow(() -> new NotFoundException("media " + key));
        // The bytes are sent as they are, with their own ETag: no copy in memory to compute another.
        ShallowEtagHeaderFilter.disableContentCaching(request);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (image.type() == ImageType.SVG) {
            response.setHeader("Content-Security-Policy", SVG_POLICY);
        }
        String etag = "\"" + image.sha256() + "\"";
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        byte[] bytes = library.bytes(image.id());
        response.setContentType(image.type().contentType());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
