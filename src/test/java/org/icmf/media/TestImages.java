package org.icmf.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/** Real, tiny images made for a test: each call with another {@code seed} gives other bytes. */
public final class TestImages {

    private TestImages() {}

    public static byte[] png(int width, int height, int seed) {
        return write(image(width, height, seed, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] jpeg(int width, int height, int seed) {
        return write(image(width, height, seed, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    /**
     * A valid 1×1 lossless WebP (RIFF, "WEBP", one VP8L chunk): signature 0x2F, 14-bit width-1 and height-1 of
     * zero, alpha used, then the entropy-coded pixel. Browsers decode it.
     */
    public static byte[] webp() {
        return HexFormat.of().parseHex("524946461a000000574542505650384c0d0000002f0000001007101111888" + "8fe0700");
    }

    public static byte[] svg(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** A harmless drawing, 40×20, with a gradient referenced by a local fragment. */
    public static byte[] safeSvg(String title) {
        return svg("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20"
                     viewBox="0 0 40 20">
                  <title>%s</title>
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#f60"/><stop offset="1" stop-color="#036"/></linearGradient></defs>
                  <style>rect { stroke: #000; fill: url(#g); }</style>
                  <rect id="r" width="40" height="20" fill="url(#g)"/>
                  <use xlink:href="#r"/>
                </svg>
                """.formatted(title));
    }

    private static BufferedImage image(int width, int height, int seed, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(
                        x, y, new Color((seed * 37 + x * 11) % 256, (seed * 91 + y * 7) % 256, seed % 256).getRGB());
            }
        }
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
