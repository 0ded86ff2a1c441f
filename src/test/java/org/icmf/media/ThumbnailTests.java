package org.icmf.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The editor's picker shows thumbnails: /media/vignettes/{key}.{ext} answers a copy at most 320 px a side, in the
 * image's own format, cached like the image itself; an image already small, an SVG or a WebP is sent as it is.
 */
@SiteTest
class ThumbnailTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MediaLibrary library;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestImages() {
        jdbc.sql("delete from media_image").update();
    }

    private ImageSummary uploaded(byte[] bytes, String name) {
        return library.get(
                library.upload(new ByteArrayResource(bytes), bytes.length, name, "Vignette " + name, Actor.SYSTEM)
                        .imageId());
    }

    private MockHttpServletResponse fetch(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    private static BufferedImage decoded(MockHttpServletResponse response) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    @Test
    void servesALargeJpegScaledDownToAThumbnailCachedForeverWithItsOwnEtag() throws Exception {
        ImageSummary photo = uploaded(TestImages.jpeg(1600, 900, 41), "salon.jpg");
        assertThat(photo.thumbnailUrl()).isEqualTo("/media/vignettes/" + photo.key() + ".jpg");

        MockHttpServletResponse response = fetch(photo.thumbnailUrl());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/jpeg");
        BufferedImage thumbnail = decoded(response);
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(180);
        assertThat(response.getContentAsByteArray().length).isLessThan((int) photo.sizeBytes() / 4);
        assertThat(response.getHeaders("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        String etag = response.getHeader("ETag");
        assertThat(etag).isEqualTo("\"" + photo.sha256() + "-320\"");
        assertThat(fetch(photo.url()).getHeader("ETag")).isNotEqualTo(etag);

        assertThat(fetch(photo.thumbnailUrl()).getContentAsByteArray()).isEqualTo(response.getContentAsByteArray());
        MockHttpServletResponse revalidated = mvc.perform(
                        get(photo.thumbnailUrl()).header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getContentAsByteArray()).isEmpty();
    }

    @Test
    void keepsAPngTransparentAndATallImageWithinTheSameSide() throws Exception {
        ImageSummary drawing = uploaded(TestImages.png(500, 1000, 42), "affiche.png");

        MockHttpServletResponse response = fetch(drawing.thumbnailUrl());
        assertThat(response.getContentType()).isEqualTo("image/png");
        BufferedImage thumbnail = decoded(response);
        assertThat(thumbnail.getWidth()).isEqualTo(160);
        assertThat(thumbnail.getHeight()).isEqualTo(320);
        assertThat(thumbnail.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void sendsASmallImageAnSvgOrAWebpAsItIs() throws Exception {
        byte[] small = TestImages.png(300, 200, 43);
        byte[] svg = TestImages.safeSvg("Vignette");
        byte[] webp = TestImages.webp();
        for (byte[] bytes : new byte[][] {small, svg, webp}) {
            ImageSummary image = uploaded(bytes, "image");
            MockHttpServletResponse response = fetch(image.thumbnailUrl());
            assertThat(response.getStatus()).as(image.fileName()).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).as(image.fileName()).isEqualTo(bytes);
            assertThat(response.getContentType()).isEqualTo(image.type().contentType());
            assertThat(response.getHeader("ETag")).isEqualTo("\"" + image.sha256() + "\"");
        }
        ImageSummary drawing = library.findByUrl(
                        jdbc.sql("select '/media/' || substr(sha256, 1, 16) || '.svg' from media_image"
                                        + " where content_type = 'image/svg+xml'")
                                .query(String.class)
                                .single())
                .orElseThrow();
        assertThat(fetch(drawing.thumbnailUrl()).getHeaders("Content-Security-Policy"))
                .containsExactly(MediaController.SVG_POLICY);
    }

    @Test
    void sendsTheImageItselfWhenItsPixelsCannotBeDecoded() throws Exception {
        byte[] broken = TestImages.png(400, 300, 44);
        // Its header (and size) intact, its compressed pixels scrambled: the library takes it, ImageIO cannot draw it.
        int pixels = new String(broken, StandardCharsets.ISO_8859_1).indexOf("IDAT") + 4;
        Arrays.fill(broken, pixels, pixels + 64, (byte) 0xFF);
        ImageSummary image = uploaded(broken, "abimee.png");
        assertThat(image.width()).isEqualTo(400);

        MockHttpServletResponse response = fetch(image.thumbnailUrl());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getContentAsByteArray()).isEqualTo(broken);
        assertThat(fetch(image.thumbnailUrl()).getContentAsByteArray()).isEqualTo(broken);
    }

    @Test
    void answersAnUnknownOrHostileAddressWithNotFoundNeverAnError() throws Exception {
        ImageSummary image = uploaded(TestImages.png(400, 400, 45), "carre.png");
        for (String wrong : new String[] {
            image.thumbnailUrl().replace(".png", ".jpg"),
            "/media/vignettes/0123456789abcdef.png",
            "/media/vignettes/" + image.key() + "0.png",
            "/media/vignettes/" + image.key().toUpperCase() + ".png",
            "/media/vignettes/x.png",
            "/media/vignettes/" + "f".repeat(5000) + ".png",
            "/media/vignettes/" + image.key() + ".png.png",
            "/media/vignettes/"
        }) {
            MockHttpServletResponse response = fetch(wrong);
            assertThat(response.getStatus()).as(wrong).isEqualTo(404);
        }
    }
}
