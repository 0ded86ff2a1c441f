package org.icmf.media;

import java.util.Arrays;
import java.util.Optional;

/** The image formats the library accepts, recognised by their content, never by a file name. */
public enum ImageType {
    JPEG("image/jpeg", "jpg", "JPEG"),
    PNG("image/png", "png", "PNG"),
    WEBP("image/webp", "webp", "WebP"),
    SVG("image/svg+xml", "svg", "SVG");

    private final String contentType;
    private final String extension;
    private final String label;

    ImageType(String contentType, String extension, String label) {
        this.contentType = contentType;
        this.extension = extension;
        this.label = label;
    }

    public String contentType() {
        return contentType;
    }

    /** The extension of the public URL, e.g. {@code png} in {@code /media/0123456789abcdef.png}. */
    public String extension() {
        return extension;
    }

    /** The name shown to the board: JPEG, PNG, WebP, SVG. */
    public String label() {
        return label;
    }

    public static ImageType ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(type -> type.contentType.equals(contentType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown image type " + contentType));
    }

    public static Optional<ImageType> ofExtension(String extension) {
        return Arrays.stream(values())
                .filter(type -> type.extension.equals(extension))
                .findFirst();
    }
}
