package org.icmf.media;

import java.time.Instant;

/**
 * An image of the library without its bytes, as the admin pages show it.
 *
 * @param sha256 hex SHA-256 of its bytes, whose first {@value MediaLibrary#KEY_LENGTH} characters name it in its URL
 */
public record ImageSummary(
        long id,
        String sha256,
        ImageType type,
        String fileName,
        String altText,
        Integer width,
        Integer height,
        long sizeBytes,
        Instant uploadedAt,
        String uploadedByName) {

    private static final int THUMBNAIL_SIDE = 160;

    /** What names the image in its URL: the first hex characters of its hash. */
    public String key() {
        return sha256.substring(0, MediaLibrary.KEY_LENGTH);
    }

    /** The public, never-changing address: {@code /media/0123456789abcdef.png}. */
    public String url() {
        return MediaLibrary.url(key(), type);
    }

    /** Its thumbnail's address, as the editor's picker shows it: {@code /media/vignettes/0123456789abcdef.png}. */
    public String thumbnailUrl() {
        return "/media/vignettes/" + key() + "." + type.extension();
    }

    /** What to paste in a post: {@code ![alt](/media/….png)}, brackets of the alt text escaped. */
    public String markdown() {
        String alt = altText.replaceAll("\\s+", " ").replaceAll("([\\\\\\[\\]])", "\\\\$1");
        return "![" + alt + "](" + url() + ")";
    }

    /** "512 octets", "12,3 Ko", "1,2 Mo". */
    public String sizeText() {
        return sizeBytes < 1024 ? sizeBytes + " octets" : MediaLibrary.sizeText(sizeBytes);
    }

    /** "640 × 480 px", or null when an SVG states no size. */
    public String dimensionsText() {
        return width == null || height == null ? null : width + " × " + height + " px";
    }

    /** Width of the list's thumbnail: the image scaled down (never up) into a 160 px square. */
    public Integer thumbnailWidth() {
        return width == null || height == null ? null : (int) Math.max(1, Math.round(width * thumbnailScale()));
    }

    public Integer thumbnailHeight() {
        return width == null || height == null ? null : (int) Math.max(1, Math.round(height * thumbnailScale()));
    }

    private double thumbnailScale() {
        return Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(width, height));
    }
}
