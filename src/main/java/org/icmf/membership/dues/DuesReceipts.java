package org.icmf.membership.dues;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.icmf.web.SiteProperties;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Prints the attestation de cotisation a member asks for (an employer often wants one before paying
 * back the dues): one A4 page in French with the association's address, the sum in digits and in
 * words, how and when it was received, and the treasurer's name.
 *
 * <p>Drawn with PDFBox's standard Helvetica so that no font file has to ship with the site. That font
 * only knows WinAnsi (Latin-1 plus €, œ, typographic quotes…), so every string goes through
 * {@link #printable}: a name such as "Łukasz" is printed "Lukasz" rather than making the whole
 * attestation fail. Lines are wrapped to the page width; should the text ever run past the footer,
 * it continues on a new page rather than off the paper.
 */
@Component
class DuesReceipts {

    private static final Locale FRENCH = Locale.FRENCH;

    private static final float MARGIN = 56; // about 2 cm
    private static final float ADDRESS_COLUMN = 300; // where the member's address starts, as for a window envelope

    private static final Color INK = new Color(0x1f2933);
    private static final Color MUTED = new Color(0x52606d);
    private static final Color NAVY = new Color(0x12355b);
    private static final Color ACCENT = new Color(0xe76f24);

    /** Letters WinAnsi lacks and Unicode does not decompose into a base letter plus an accent. */
    private static final Map<Integer, String> CLOSE_LETTERS = Map.ofEntries(
            Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'ł', "l"),
            Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Ħ', "H"),
            Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'ı', "i"),
            Map.entry((int) 'Ŀ', "L"),
            Map.entry((int) 'ŀ', "l"),
            Map.entry((int) 'Ŧ', "T"),
            Map.entry((int) 'ŧ', "t"),
            Map.entry(0x2010, "-"),
            Map.entry(0x2011, "-"),
            Map.entry(0x2212, "-"));

    private final SiteProperties site;
    private final MessageSourceAccessor messages;

    DuesReceipts(SiteProperties site, MessageSourceAccessor messages) {
        this.site = site;
        this.messages = messages;
    }

    /** The attestation as a PDF file. */
    byte[] pdf(DuesReceipt receipt) {
        String title = text("dues.receipt.title", receipt.year());
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title + " — " + receipt.memberNumber());
            info.setAuthor(site.name());
            info.setSubject(title);
            info.setCreator(text("dues.receipt.creator", site.shortName()));
            document.getDocumentCatalog().setLanguage("fr-FR");

            try (Pages pages = new Pages(document, footer())) {
                header(pages);
                memberAddress(pages, receipt);
                pages.gap(36);
                pages.paragraph(title, pages.bold, 20, NAVY, Align.CENTER);
                pages.paragraph(
                        text("dues.receipt.number", receipt.receiptNumber()), pages.regular, 11, MUTED, Align.CENTER);
                pages.gap(30);
                pages.paragraph(statement(receipt), pages.regular, 11, INK, Align.LEFT);
                pages.gap(12);
                pages.paragraph(
                        text("dues.receipt.received", date(receipt.receivedOn())), pages.regular, 11, INK, Align.LEFT);
                pages.paragraph(
                        text("dues.receipt.method", receipt.paymentMethod()), pages.regular, 11, INK, Align.LEFT);
                if (receipt.paidBy() != null && !receipt.paidBy().isBlank()) {
                    pages.paragraph(text("dues.receipt.paidBy", receipt.paidBy()), pages.regular, 11, INK, Align.LEFT);
                }
                pages.gap(30);
                pages.paragraph(
                        text("dues.receipt.signedAt", site.city(), date(receipt.issuedOn())),
                        pages.regular,
                        11,
                        INK,
                        Align.RIGHT);
                pages.gap(8);
                pages.paragraph(
                        text("dues.receipt.treasurer", receipt.treasurerName()), pages.bold, 11, INK, Align.RIGHT);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print dues receipt " + receipt.receiptNumber(), e);
        }
    }

    private void header(Pages pages) throws IOException {
        pages.paragraph(site.name() + " (" + site.shortName() + ")", pages.bold, 14, NAVY, Align.LEFT);
        pages.paragraph(text("dues.receipt.association"), pages.regular, 10, MUTED, Align.LEFT);
        pages.paragraph(site.streetAddress(), pages.regular, 10, MUTED, Align.LEFT);
        pages.paragraph(site.postalCode() + " " + site.city(), pages.regular, 10, MUTED, Align.LEFT);
        pages.paragraph(site.baseUrl().toString(), pages.regular, 10, MUTED, Align.LEFT);
        pages.gap(6);
        pages.rule(ACCENT);
    }

    private void memberAddress(Pages pages, DuesReceipt receipt) throws IOException {
        pages.gap(24);
        pages.indent(ADDRESS_COLUMN);
        pages.paragraph(fullName(receipt), pages.bold, 11, INK, Align.LEFT);
        pages.paragraph(receipt.streetAddress(), pages.regular, 11, INK, Align.LEFT);
        pages.paragraph(join(receipt.postalCode(), receipt.city()), pages.regular, 11, INK, Align.LEFT);
        pages.paragraph(receipt.country(), pages.regular, 11, INK, Align.LEFT);
        pages.indent(0);
    }

    private String statement(DuesReceipt receipt) {
        return text(
                "dues.receipt.statement",
                elided(site.name()),
                fullName(receipt),
                receipt.memberNumber(),
                FrenchAmounts.digits(receipt.amount()),
                FrenchAmounts.words(receipt.amount()),
                receipt.year());
    }

    private String footer() {
        return text("dues.receipt.footer", elided(site.name()));
    }

    /** A text of messages.properties; numbers (a year) are passed as typed, without digit grouping. */
    private String text(String key, Object... arguments) {
        Object[] typed = Arrays.stream(arguments)
                .map(argument -> argument instanceof Number ? argument.toString() : argument)
                .toArray();
        return messages.getMessage(key, typed);
    }

    /** "L'Institut…" — the name opens a sentence; only a vowel or a mute h can be elided with certainty. */
    private static String elided(String name) {
        return "aeiouhéèêâîôAEIOUHÉÈÊÂÎÔ".indexOf(name.charAt(0)) >= 0 ? "L'" + name : "L'association " + name;
    }

    /** "Madame Camille Martin"; no title when the member chose "autre" or none. */
    private String fullName(DuesReceipt receipt) {
        String civility = "MME".equals(receipt.civility()) || "M".equals(receipt.civility())
                ? text("civility." + receipt.civility())
                : "";
        return join(civility, receipt.firstName(), receipt.lastName());
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.strip());
            }
        }
        return String.join(" ", present);
    }

    /** "12 mars 2026", "1er avril 2026". */
    static String date(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + " " + date.getMonth().getDisplayName(TextStyle.FULL, FRENCH) + " " + date.getYear();
    }

    /**
     * The text as {@code font} can draw it: any space becomes a plain one (a no-break space is kept as
     * such for the line breaking, then drawn as a plain space), control characters are dropped, a letter
     * with an accent the font lacks loses the accent ("Ż" → "Z"), a few letters become their closest
     * Latin one ("Ł" → "L"), and anything else becomes "?".
     */
    static String printable(String text, PDFont font) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == FrenchAmounts.NO_BREAK_SPACE || c == 0x202F || c == 0x2007) {
                out.append(FrenchAmounts.NO_BREAK_SPACE);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                // nothing to draw (soft hyphen, zero-width joiner, bidi marks…)
            } else if (encodable(font, Character.toString(c))) {
                out.appendCodePoint(c);
            } else {
                out.append(closest(c, font));
            }
        });
        return out.toString();
    }

    private static String closest(int c, PDFont font) {
        String close = CLOSE_LETTERS.get(c);
        if (close == null) {
            close = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
        }
        return !close.isEmpty() && encodable(font, close) ? close : "?";
    }

    private static boolean encodable(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /**
     * A cursor going down A4 pages: draws wrapped paragraphs, opens a new page (with the footer) when the
     * next line would run into the footer.
     */
    private static final class Pages implements AutoCloseable {

        private static final PDRectangle SIZE = PDRectangle.A4;

        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

        private final PDDocument document;
        private final List<String> footerLines;
        private final float footerSize = 8;
        private final float bottom;
        private PDPageContentStream content;
        private float y;
        private float indent;

        Pages(PDDocument document, String footer) throws IOException {
            this.document = document;
            this.footerLines = wrap(printable(footer, regular), regular, footerSize, SIZE.getWidth() - 2 * MARGIN);
            this.bottom = MARGIN + footerLines.size() * leading(footerSize) + 24;
            newPage();
        }

        void indent(float indent) {
            this.indent = indent;
        }

        void gap(float height) {
            y -= height;
        }

        void paragraph(String text, PDFont font, float size, Color color, Align align) throws IOException {
            float left = MARGIN + indent;
            float width = SIZE.getWidth() - MARGIN - left;
            for (String line : wrap(printable(text, font), font, size, width)) {
                if (y - leading(size) < bottom) {
                    newPage();
                }
                y -= leading(size);
                float lineWidth = width(line, font, size);
                float x = switch (align) {
                    case LEFT -> left;
                    case CENTER -> left + (width - lineWidth) / 2;
                    case RIGHT -> left + width - lineWidth;
                };
                show(line, font, size, color, x, y + (leading(size) - size));
            }
        }

        void rule(Color color) throws IOException {
            y -= 4;
            content.setStrokingColor(color);
            content.setLineWidth(1.5f);
            content.moveTo(MARGIN, y);
            content.lineTo(SIZE.getWidth() - MARGIN, y);
            content.stroke();
        }

        private void newPage() throws IOException {
            if (content != null) {
                finishPage();
            }
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = SIZE.getHeight() - MARGIN;
        }

        /** The footer is drawn last so that text extraction and screen readers meet it at the end. */
        private void finishPage() throws IOException {
            float footerY = MARGIN + footerLines.size() * leading(footerSize);
            content.setStrokingColor(MUTED);
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, footerY + 8);
            content.lineTo(SIZE.getWidth() - MARGIN, footerY + 8);
            content.stroke();
            for (String line : footerLines) {
                footerY -= leading(footerSize);
                show(line, regular, footerSize, MUTED, MARGIN, footerY);
            }
            content.close();
        }

        private void show(String line, PDFont font, float size, Color color, float x, float baseline)
                throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, baseline);
            content.showText(drawn(line));
            content.endText();
        }

        @Override
        public void close() throws IOException {
            finishPage();
        }

        private static float leading(float size) {
            return size * 1.35f;
        }

        /** No-break spaces only matter for wrapping; drawn as plain spaces so that copied text reads normally. */
        private static String drawn(String line) {
            return line.replace(FrenchAmounts.NO_BREAK_SPACE, ' ');
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(drawn(text)) / 1000 * size;
        }

        /** Lines no wider than {@code width}, broken at spaces, or inside a word too long for a line of its own. */
        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, font, size) > width) {
                    int fits = 1;
                    while (fits < word.length() && width(word.substring(0, fits + 1), font, size) <= width) {
                        fits++;
                    }
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                }
                line.append(word);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
