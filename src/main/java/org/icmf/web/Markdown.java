package org.icmf.web;

import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns authors' Markdown into HTML that is safe to show: CommonMark rendering, then jsoup's allow-list
 * cleaner (no script, no event handler, no {@code javascript:} URL, no style), then every link gets
 * {@code rel="noopener"} and every image {@code loading="lazy"}. Thread-safe; plain class so that Flyway's Java migrations can use it too.
 */
public class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(), TablesExtension.create());

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("abbr", "hr", "mark", "figure", "figcaption", "s", "del", "ins")
            .addAttributes("abbr", "title")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    /** Base for resolving relative links while cleaning; relative links stay relative in the output. */
    private static final String BASE_URI = "https://icmf.invalid/";

    /** Characters of text a list shows of a post before "Lire la suite". */
    public static final int EXCERPT_LENGTH = 600;

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /**
     * Everything a post or page derives from its Markdown when saved: safe HTML, its plain text, the list excerpt,
     * and whether an image lacks a text alternative.
     */
    public Rendering render(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        String html = sanitize(renderer.render(document));
        return new Rendering(html, toPlainText(html), excerpt(html, EXCERPT_LENGTH), lacksAltText(document));
    }

    /** {@code imageWithoutAltText}: see {@link #hasImageWithoutAltText(String)}. */
    public record Rendering(String html, String text, Excerpt excerpt, boolean imageWithoutAltText) {}

    /**
     * True when an image of this Markdown has no text alternative: a Markdown image whose description is blank
     * ({@code ![](…)}, {@code ![ ](…)}, {@code ![][ref]}), or an HTML {@code <img>} without an {@code alt} attribute
     * ({@code alt=""} is how an author marks an image as decoration). Read from the parsed document, not by pattern.
     */
    public boolean hasImageWithoutAltText(String markdown) {
        return lacksAltText(parser.parse(markdown == null ? "" : markdown));
    }

    private static boolean lacksAltText(Node document) {
        AltTextCheck check = new AltTextCheck();
        document.accept(check);
        return check.missing;
    }

    /** Visits images and raw HTML, noting whether any image lacks its text alternative. */
    private static final class AltTextCheck extends AbstractVisitor {

        private boolean missing;

        @Override
        public void visit(Image image) {
            StringBuilder alt = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    alt.append(code.getLiteral());
                }
            });
            missing |= alt.toString().isBlank();
        }

        @Override
        public void visit(HtmlInline html) {
            missing |= imgWithoutAlt(html.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            missing |= imgWithoutAlt(html.getLiteral());
        }

        private static boolean imgWithoutAlt(String html) {
            return html.toLowerCase(Locale.ROOT).contains("img")
                    && Jsoup.parseBodyFragment(html).select("img").stream().anyMatch(img -> !img.hasAttr("alt"));
        }
    }

    /** Markdown → sanitised HTML. */
    public String toSafeHtml(String markdown) {
        return sanitize(renderer.render(parser.parse(markdown == null ? "" : markdown)));
    }

    /** Any HTML → HTML keeping only allowed tags, attributes and URL schemes. */
    public String sanitize(String html) {
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, BASE_URI));
        clean.outputSettings().prettyPrint(false);
        for (Element link : clean.select("a[href]")) {
            link.attr("rel", "noopener");
        }
        // A link whose address was refused (javascript:, …) stays as plain text rather than a dead link.
        clean.select("a:not([href])").unwrap();
        // Images below the fold (a post's photos, the media library's /media/… URLs) load when scrolled to.
        for (Element image : clean.select("img")) {
            image.attr("loading", "lazy");
        }
        return clean.body().html();
    }

    /** The words of some HTML, without markup: for search indexing, meta descriptions and feeds. */
    public String toPlainText(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    /**
     * The first blocks of a sanitised HTML body, up to about {@code maxChars} characters of text (at least
     * one block), and whether anything was left out. Its headings go two levels down, as lists show it under
     * a date (h2) and the post's title (h3).
     */
    public Excerpt excerpt(String html, int maxChars) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element heading : body.select("h1, h2, h3, h4")) {
            heading.tagName("h" + (Integer.parseInt(heading.tagName().substring(1)) + 2));
        }
        StringBuilder excerpt = new StringBuilder();
        int length = 0;
        List<Element> blocks = body.children();
        int taken = 0;
        for (Element block : blocks) {
            int blockLength = block.text().length();
            if (taken > 0 && length + blockLength > maxChars) {
                break;
            }
            block.ownerDocument().outputSettings().prettyPrint(false);
            excerpt.append(block.outerHtml());
            length += blockLength;
            taken++;
        }
        return new Excerpt(excerpt.toString(), taken < blocks.size());
    }

    public record Excerpt(String html, boolean truncated) {}
}
