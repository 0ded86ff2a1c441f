package org.icmf.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The small copies of the library's images that the editor's picker shows ({@code /media/vignettes/{key}.{ext}}):
 * at most {@value #SIDE} pixels a side (a 160 px thumbnail on a high-density screen), in the image's own format.
 * Made with the JDK's ImageIO from the bytes in PostgreSQL, so that any instance of the site makes the same ones,
 * and kept in memory within {@value #MAX_CACHED_BYTES} bytes. The decoding reads only every n-th pixel of a large
 * image, so that one at the library's largest size costs a few megabytes, not hundreds.
 *
 * <p>An image already that small, an SVG (vector, it scales itself) and a WebP (the JDK reads none) are sent as
 * they are; so is a JPEG or PNG ImageIO cannot decode (a CMYK JPEG, say), as browsers can.
 */
@Component
class Thumbnails {

    static final int SIDE = 320;

    private static final long MAX_CACHED_BYTES = 16L * 1024 * 1024;
    private static final float JPEG_QUALITY = 0.85f;
    /** Cached for an image no thumbnail can be made of: its own bytes are sent. */
    private static final byte[] ORIGINAL = new byte[0];

    private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);

    private final MediaLibrary library;
    private final Cache<String, byte[]> made = Caffeine.newBuilder()
            .maximumWeight(MAX_CACHED_BYTES)
            .weigher((String sha256, byte[] bytes) -> sha256.length() * 2 + bytes.length)
            .build();

    Thumbnails(MediaLibrary library) {
        this.library = library;
    }

    /** The bytes to send for the thumbnail of image, in its type. */
    byte[] of(ImageSummary image) {
        if (!scaledDown(image)) {
            return library.bytes(image.id());
        }
        byte[] thumbnail = made.get(image.sha256(), sha256 -> make(image));
        return thumbnail == ORIGINAL ? library.bytes(image.id()) : thumbnail;
    }

    /** Whether the thumbnail of image is a smaller copy, not the image itself. */
    static boolean scaledDown(ImageSummary image) {
        return (image.type() == ImageType.JPEG || image.type() == ImageType.PNG)
                && image.width() != null
                && image.height() != null
                && Math.max(image.width(), image.height()) > SIDE;
    }

    private byte[] make(ImageSummary image) {
        try {
            BufferedImage decoded = decode(library.bytes(image.id()), image);
            return decoded == null ? ORIGINAL : encode(scale(decoded), image.type());
        } catch (IOException | RuntimeException e) {
            log.info("No thumbnail for image {} ({}): its own bytes are sent", image.id(), e.toString());
            return ORIGINAL;
        }
    }

    /** Decoded at no less than twice the thumbnail's size, every n-th pixel and line only. */
    private static BufferedImage decode(byte[] bytes, ImageSummary image) throws IOException {
        Iterator<ImageReader> readers =
                ImageIO.getImageReadersByFormatName(image.type() == ImageType.PNG ? "png" : "jpeg");
        if (!readers.hasNext()) {
            return null;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int step = Math.max(1, Math.max(reader.getWidth(0), reader.getHeight(0)) / (2 * SIDE));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } finally {
            reader.dispose();
        }
    }

    /** Halved with bilinear filtering until within twice the size, then scaled to it: smooth, never blocky. */
    private static BufferedImage scale(BufferedImage image) {
        BufferedImage current = image;
        int target;
        do {
            int longest = Math.max(current.getWidth(), current.getHeight());
            target = Math.max(SIDE, longest / 2);
            double ratio = (double) target / longest;
            current = resize(current, Math.max(1, (int) Math.round(current.getWidth() * ratio)), Math.max(1, (int)
                    Math.round(current.getHeight() * ratio)));
        } while (target > SIDE);
        return current;
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage resized =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = resized.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return resized;
    }

    private static byte[] encode(BufferedImage image, ImageType type) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (type == ImageType.PNG) {
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
