package org.icmf.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the library accepts is decided by the bytes: magic numbers, headers, and the content of an SVG. */
class ImageInspectorTests {

    private static ImageInspector.Inspection inspect(byte[] bytes) {
        return ImageInspector.inspect(bytes);
    }

    private static String rejection(byte[] bytes) {
        try {
            ImageInspector.inspect(bytes);
        } catch (ImageRejectedException e) {
            return e.messageKey();
        }
        throw new AssertionError("accepted: " + new String(bytes, StandardCharsets.UTF_8));
    }

    private static String svgRejection(String svg) {
        return rejection(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheTypeAndSizeOfPngAndJpegFromTheirHeaders() {
        assertThat(inspect(TestImages.png(3, 2, 1))).isEqualTo(new ImageInspector.Inspection(ImageType.PNG, 3, 2));
        assertThat(inspect(TestImages.jpeg(5, 4, 1))).isEqualTo(new ImageInspector.Inspection(ImageType.JPEG, 5, 4));
    }

    @Test
    void readsTheSizeOfLosslessLossyAndExtendedWebp() {
        assertThat(inspect(TestImages.webp())).isEqualTo(new ImageInspector.Inspection(ImageType.WEBP, 1, 1));
        // VP8 (lossy) key frame header: 640×480; VP8X canvas: 1024×768 (stored minus one, 24 bits).
        byte[] lossy = HexFormat.of()
                .parseHex("52494646240000005745425056503820180000003001009d012a8002e001" + "0000000000000000000000");
        assertThat(inspect(lossy)).isEqualTo(new ImageInspector.Inspection(ImageType.WEBP, 640, 480));
        byte[] extended = HexFormat.of()
                .parseHex("524946462400000057454250565038580a00000010000000ff0300ff0200" + "0000000000000000000000");
        assertThat(inspect(extended)).isEqualTo(new ImageInspector.Inspection(ImageType.WEBP, 1024, 768));
    }

    @Test
    void refusesHugeImagesBeforeDecodingThem() {
        assertThat(rejection(TestImages.png(10_001, 1, 1))).isEqualTo("media.file.dimensions");
        byte[] bomb = HexFormat.of()
                .parseHex("524946462400000057454250565038580a000000100000003f9c003f9c00" + "0000000000000000000000");
        assertThat(rejection(bomb)).isEqualTo("media.file.dimensions");
        assertThat(inspect(TestImages.png(10_000, 1, 1)).width()).isEqualTo(10_000);
    }

    @Test
    void refusesTextHtmlAndTruncatedImagesWhateverTheirName() {
        assertThat(rejection("<!DOCTYPE html><html><body>photo</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("media.file.notAnImage");
        assertThat(rejection("<html><body><svg></svg></body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("media.file.notAnImage");
        assertThat(rejection("Bonjour".getBytes(StandardCharsets.UTF_8))).isEqualTo("media.file.notAnImage");
        assertThat(rejection(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}))
                .isEqualTo("media.file.corrupt");
        assertThat(rejection("RIFF\0\0\0\0WEBPVP8L".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("media.file.corrupt");
    }

    @Test
    void acceptsAHarmlessSvgAndReadsItsSizeOrViewBox() {
        assertThat(inspect(TestImages.safeSvg("Logo"))).isEqualTo(new ImageInspector.Inspection(ImageType.SVG, 40, 20));
        assertThat(inspect(TestImages.svg("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120.4 60'/>")))
                .isEqualTo(new ImageInspector.Inspection(ImageType.SVG, 120, 60));
        assertThat(inspect(TestImages.svg("<svg xmlns='http://www.w3.org/2000/svg' width='100%'><a href='#x'/></svg>")))
                .isEqualTo(new ImageInspector.Inspection(ImageType.SVG, null, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><SCRIPT xmlns='http://www.w3.org/1999/xhtml'>alert(1)</SCRIPT></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><foreignObject><p xmlns='http://www.w3.org/1999/xhtml'>x</p></foreignObject></svg>"
            })
    void refusesAnSvgWithScriptOrForeignContent(String svg) {
        assertThat(svgRejection(svg)).isEqualTo("media.svg.element");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
                "<svg xmlns='http://www.w3.org/2000/svg'><rect ONCLICK='alert(1)'/></svg>"
            })
    void refusesAnSvgWithEventHandlers(String svg) {
        assertThat(svgRejection(svg)).isEqualTo("media.svg.eventHandler");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<svg xmlns='http://www.w3.org/2000/svg'><image href='https://evil.example/x.png'/></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'><use xlink:href='other.svg#a'/></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><a href='javascript:alert(1)'><text>x</text></a></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><a href='#a'><set attributeName='href' to='https://evil.example'/></a></svg>"
            })
    void refusesAnSvgLinkingOutside(String svg) {
        assertThat(svgRejection(svg)).isEqualTo("media.svg.externalLink");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<svg xmlns='http://www.w3.org/2000/svg'><a><animate attributeName='x' values='java&#x09;script:alert(1)'/></a></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><rect title='data:text/html,x'/></svg>"
            })
    void refusesAnSvgWithJavascriptOrDataUrls(String svg) {
        assertThat(svgRejection(svg)).isEqualTo("media.svg.dangerousUrl");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<svg xmlns='http://www.w3.org/2000/svg'><style>@import url(https://evil.example/a.css);</style></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><style>rect { fill: url( 'https://evil.example/p.svg#p') }</style></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><rect style='background:url(//evil.example/t)'/></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><rect fill='url(https://evil.example/p.svg#p)'/></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><style>rect { fill: u\\72l(x) }</style></svg>"
            })
    void refusesAnSvgWhoseStylesLoadSomething(String svg) {
        assertThat(svgRejection(svg)).isEqualTo("media.svg.style");
    }

    @Test
    void refusesDoctypesEntitiesAndExternalStylesheets() {
        assertThat(svgRejection("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>""")).isEqualTo("media.svg.doctype");
        assertThat(svgRejection("""
                <?xml version="1.0"?>
                <?xml-stylesheet href="https://evil.example/a.css"?>
                <svg xmlns="http://www.w3.org/2000/svg"/>""")).isEqualTo("media.svg.instruction");
        assertThat(svgRejection("<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>"))
                .isEqualTo("media.svg.malformed");
        assertThat(svgRejection("<html xmlns='http://www.w3.org/1999/xhtml'/>")).isEqualTo("media.file.notAnImage");
    }
}
