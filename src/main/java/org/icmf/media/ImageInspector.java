package org.icmf.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Tells what an uploaded file really is from its first bytes (magic numbers), never from its name or the
 * Content-Type the browser sent, and reads its dimensions from its header without decoding its pixels.
 * Raster images larger than {@value #MAX_SIDE} pixels a side are refused: decoding one (a thumbnail, a
 * browser) could take gigabytes of memory, the classic "decompression bomb".
 */
final class ImageInspector {

    static final int MAX_SIDE = 10_000;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** What an accepted file is; width and height are null for an SVG that states no size. */
    record Inspection(ImageType type, Integer width, Integer height) {}

    private ImageInspector() {}

    /** @throws ImageRejectedException when the bytes are not an accepted, safe, reasonably sized image */
    static Inspection inspect(byte[] bytes) {
        if (startsWith(bytes, JPEG)) {
            return raster(ImageType.JPEG, headerDimensions(bytes, "jpeg"));
        }
        if (startsWith(bytes, PNG)) {
            return raster(ImageType.PNG, headerDimensions(bytes, "png"));
        }
        if (isWebp(bytes)) {
            return raster(ImageType.WEBP, webpDimensions(bytes));
        }
        if (SvgInspector.looksLikeXml(bytes)) {
            int[] size = SvgInspector.inspect(bytes);
            return new Inspection(ImageType.SVG, size == null ? null : size[0], size == null ? null : size[1]);
        }
        throw new ImageRejectedException("media.file.notAnImage");
    }

    private static Inspection raster(ImageType type, int[] size) {
        int width = size[0];
        int height = size[1];
        if (width <= 0 || height <= 0) {
            throw new ImageRejectedException("media.file.corrupt");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new ImageRejectedException("media.file.dimensions", width, height, MAX_SIDE);
        }
        return new Inspection(type, width, height);
    }

    /** Width and height from a JPEG or PNG header through ImageIO, which reads no pixel for this. */
    private static int[] headerDimensions(byte[] bytes, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            return new int[] {reader.getWidth(0), reader.getHeight(0)};
        } catch (IOException | RuntimeException e) {
            throw new ImageRejectedException("media.file.corrupt");
        } finally {
            reader.dispose();
        }
    }

    /** RIFF container, "WEBP" form type, then a VP8, VP8L or VP8X chunk. */
    private static boolean isWebp(byte[] bytes) {
        return bytes.length >= 16
                && ascii(bytes, 0, 4).equals("RIFF")
                && ascii(bytes, 8, 4).equals("WEBP")
                && ascii(bytes, 12, 3).equals("VP8");
    }

    /**
     * Canvas size from the first chunk (Google's WebP container specification): VP8 (lossy) frame header,
     * VP8L (lossless) 14-bit sizes, or VP8X (extended) 24-bit canvas sizes.
     */
    static int[] webpDimensions(byte[] bytes) {
        if (bytes.length < 30) {
            throw new ImageRejectedException("media.file.corrupt");
        }
        String chunk = ascii(bytes, 12, 4);
        switch (chunk) {
            case "VP8 " -> {
                // Frame tag (3 bytes) then start code 9D 01 2A, then 14-bit width and height (2 bits of scale).
                if ((bytes[23] & 0xFF) != 0x9D || (bytes[24] & 0xFF) != 0x01 || (bytes[25] & 0xFF) != 0x2A) {
                    throw new ImageRejectedException("media.file.corrupt");
                }
                return new int[] {uint16(bytes, 26) & 0x3FFF, uint16(bytes, 28) & 0x3FFF};
            }
            case "VP8L" -> {
                // Signature 0x2F, then width-1 and height-1 on 14 bits each, little-endian bit order.
                if ((bytes[20] & 0xFF) != 0x2F) {
                    throw new ImageRejectedException("media.file.corrupt");
                }
                int bits = (bytes[21] & 0xFF)
                        | (bytes[22] & 0xFF) << 8
                        | (bytes[23] & 0xFF) << 16
                        | (bytes[24] & 0xFF) << 24;
                return new int[] {(bits & 0x3FFF) + 1, (bits >>> 14 & 0x3FFF) + 1};
            }
            case "VP8X" -> {
                // Flags (1 byte), reserved (3), canvas width-1 (24 bits), canvas height-1 (24 bits).
                return new int[] {uint24(bytes, 24) + 1, uint24(bytes, 27) + 1};
            }
            default -> throw new ImageRejectedException("media.file.corrupt");
        }
    }

    private static int uint16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
    }

    private static int uint24(byte[] bytes, int offset) {
        return uint16(bytes, offset) | (bytes[offset + 2] & 0xFF) << 16;
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
