package org.icmf.media;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
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
 * forbids it any script, request or navigation even when opened on its own. {@code /media/vignettes/{key}.{ext}}
 * is its thumbnail ({@link Thumbnails}), named and cached alike.
 */
@Controller
class MediaController {

    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final MediaLibrary library;
    private final Thumbnails thumbnails;

    MediaController(MediaLibrary library, Thumbnails thumbnails) {
        this.library = library;
        this.thumbnails = thumbnails;
    }

    @GetMapping("/media/{key}.{extension}")
    void image(
            @PathVariable String key,
            @PathVariable String extension,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ImageSummary image = find(key, extension);
        send(image, "\"" + image.sha256() + "\"", () -> library.bytes(image.id()), request, response);
    }

    @GetMapping("/media/vignettes/{key}.{extension}")
    void thumbnail(
            @PathVariable String key,
            @PathVariable String extension,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ImageSummary image = find(key, extension);
        String etag = Thumbnails.scaledDown(image)
                ? "\"" + image.sha256() + "-" + Thumbnails.SIDE + "\""
                : "\"" + image.sha256() + "\"";
        send(image, etag, () -> thumbnails.of(image), request, response);
    }

    private ImageSummary find(String key, String extension) {
        return library.findPublic(key, extension).orElseThrow(() -> new NotFoundException("media " + key));
    }

    private static void send(
            ImageSummary image,
            String etag,
            Supplier<byte[]> content,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        // The bytes are sent as they are, with their own ETag: no copy in memory to compute another.
        ShallowEtagHeaderFilter.disableContentCaching(request);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (image.type() == ImageType.SVG) {
            response.setHeader("Content-Security-Policy", SVG_POLICY);
        }
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        byte[] bytes = content.get();
        response.setContentType(image.type().contentType());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
