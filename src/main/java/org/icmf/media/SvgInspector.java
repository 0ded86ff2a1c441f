package org.icmf.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Accepts an SVG only when it can do nothing but draw. It is parsed as XML by a hardened parser (no DTD, so
 * no entity expansion and no external entity), its root must be {@code <svg>}, and it is refused when it
 * holds anything active or reaching outside itself: {@code <script>}, {@code <foreignObject>} (HTML inside),
 * an {@code on…} event attribute, a link ({@code href}, {@code xlink:href}) that is not a local
 * {@code #fragment}, a {@code javascript:} or {@code data:} URL, a stylesheet importing or loading anything
 * ({@code @import}, {@code url(…)} other than {@code url(#…)}), or a processing instruction (an external
 * stylesheet). The file is kept as uploaded, not rewritten: what is refused is explained to the board.
 */
final class SvgInspector {

    private static final String DOCTYPE_FEATURE = "http://apache.org/xml/features/disallow-doctype-decl";

    /** Elements that run code, embed HTML or other documents. */
    private static final Set<String> ACTIVE_ELEMENTS =
            Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "audio", "video");

    private static final Pattern DANGEROUS_SCHEME = Pattern.compile("(?:java|vb)script:|data:");
    // possessive quantifiers: the blanks around a value are read once, never tried again
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*+['\"]?+\\s*+(.)");
    private static final Pattern NUMBER = Pattern.compile("\\s*+(\\d++(?:\\.\\d++)?+)\\s*+(?:px)?+\\s*+");

    private SvgInspector() {}

    /** Whether the file starts (after a byte order mark and white space) with {@code <}: worth parsing as XML. */
    static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    /**
     * @return width and height in pixels from the root's {@code width}/{@code height} (plain numbers or px),
     *         else from its {@code viewBox}; null when it states neither
     * @throws ImageRejectedException when the file is not a well-formed, safe SVG
     */
    static int[] inspect(byte[] bytes) {
        String head =
                new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (head.contains("<!doctype")) {
            throw new ImageRejectedException(head.contains("<svg") ? "media.svg.doctype" : "media.file.notAnImage");
        }
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException e) {
            throw new ImageRejectedException(head.contains("<svg") ? "media.svg.malformed" : "media.file.notAnImage");
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(localName(root))) {
            throw new ImageRejectedException("media.file.notAnImage");
        }
        checkTree(document);
        return size(root);
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DOCTYPE_FEATURE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {}

                @Override
                public void error(SAXParseException exception) throws SAXException {
                    throw exception;
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXException {
                    throw exception;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be hardened", e);
        }
    }

    /** Every node of the document, without recursion (a deeply nested file must not overflow the stack). */
    private static void checkTree(Document document) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            switch (node.getNodeType()) {
                case Node.PROCESSING_INSTRUCTION_NODE -> throw new ImageRejectedException("media.svg.instruction");
                case Node.ELEMENT_NODE -> checkElement((Element) node);
                default -> {}
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                pending.push(child);
            }
        }
    }

    private static void checkElement(Element element) {
        String name = localName(element);
        if (ACTIVE_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new ImageRejectedException("media.svg.element", name);
        }
        if ("style".equalsIgnoreCase(name)) {
            checkCss(element.getTextContent());
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = localName(attribute).toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            if (attributeName.startsWith("on")) {
                throw new ImageRejectedException("media.svg.eventHandler", attribute.getName());
            }
            if ((attributeName.equals("href") || attributeName.equals("src"))
                    && !value.strip().startsWith("#")) {
                throw new ImageRejectedException("media.svg.externalLink", attribute.getName());
            }
            // <set attributeName="href" to="https://…"> would make a link external once animated.
            if (attributeName.equals("attributename") && compact(value).endsWith("href")) {
                throw new ImageRejectedException("media.svg.externalLink", value.strip());
            }
            if (DANGEROUS_SCHEME.matcher(compact(value)).find()) {
                throw new ImageRejectedException("media.svg.dangerousUrl", attribute.getName());
            }
            checkCss(value);
        }
    }

    /** A style sheet, a style attribute or a presentation attribute such as {@code fill="url(#gradient)"}. */
    private static void checkCss(String css) {
        String compact = compact(css);
        // A CSS escape (\6a avascript:) would dodge the checks below; nothing an image needs uses one.
        if (compact.contains("\\")
                || compact.contains("@import")
                || compact.contains("expression(")
                || DANGEROUS_SCHEME.matcher(compact).find()) {
            throw new ImageRejectedException("media.svg.style");
        }
        Matcher url = CSS_URL.matcher(compact);
        while (url.find()) {
            if (!url.group(1).equals("#")) {
                throw new ImageRejectedException("media.svg.style");
            }
        }
    }

    /** Lower case without white space or control characters, which browsers skip in a URL scheme. */
    private static String compact(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c > 0x20 && c != 0x7F)
                .map(Character::toLowerCase)
                .forEach(compact::appendCodePoint);
        return compact.toString();
    }

    private static int[] size(Element root) {
        Integer width = pixels(root.getAttribute("width"));
        Integer height = pixels(root.getAttribute("height"));
        if (width != null && height != null) {
            return new int[] {width, height};
        }
        String[] viewBox = root.getAttribute("viewBox").strip().split("[\\s,]+");
        if (viewBox.length == 4) {
            Integer boxWidth = pixels(viewBox[2]);
            Integer boxHeight = pixels(viewBox[3]);
            if (boxWidth != null && boxHeight != null) {
                return new int[] {boxWidth, boxHeight};
            }
        }
        return null;
    }

    private static Integer pixels(String value) {
        Matcher number = NUMBER.matcher(value);
        if (!number.matches()) {
            return null;
        }
        long rounded = Math.round(Double.parseDouble(number.group(1)));
        return rounded > 0 && rounded <= Integer.MAX_VALUE ? (int) rounded : null;
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }
}
