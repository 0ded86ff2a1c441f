package org.icmf.membership.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.icmf.support.TestMessages;
import org.icmf.web.SiteProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The attestation de cotisation: what it says, in words and in figures, and that odd input never breaks it. */
class DuesReceiptTests {

    private final DuesReceipts receipts = new DuesReceipts(
            new SiteProperties(
                    "Institut des Community Managers Français",
                    "ICMF",
                    URI.create("https://www.icmf.fr"),
                    "20 bis, rue Alleron",
                    "37000",
                    "Tours",
                    Duration.ofDays(30)),
            TestMessages.accessor());

    @Test
    void printsOneA4PageWithEverythingTheAssociationAttests() throws IOException {
        byte[] pdf = receipts.pdf(receipt());

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(text(document))
                    .contains(
                            "Institut des Community Managers Français (ICMF)",
                            "Association loi 1901",
                            "20 bis, rue Alleron 37000 Tours",
                            "Attestation de cotisation 2026",
                            "N° 2026-0007",
                            "L'Institut des Community Managers Français atteste avoir reçu de Madame Camille Martin, "
                                    + "membre n° 2026-0042, la somme de 25,50 € (vingt-cinq euros et cinquante centimes) "
                                    + "au titre de sa cotisation pour l'année 2026.",
                            "Somme reçue le 12 mars 2026.",
                            "Mode de paiement : chèque n° 1234567, Banque Populaire",
                            "12, rue Nationale 37000 Tours France",
                            "Fait à Tours, le 15 mars 2026.",
                            "Le trésorier : Jean Dupont",
                            "Cette attestation n'est pas un reçu fiscal.");
        }
    }

    @Test
    void namesThePayerOnlyWhenSomeoneElsePaid() throws IOException {
        assertThat(text(receipts.pdf(receipt()))).doesNotContain("Versée par");

        DuesReceipt paidByEmployer = new DuesReceipt(
                "2026-0008",
                "2026-0043",
                "M",
                "Paul",
                "Bernard",
                "3, place Plumereau",
                "37000",
                "Tours",
                "France",
                new BigDecimal("100"),
                2026,
                LocalDate.of(2026, 4, 1),
                "virement du 1er avril 2026",
                "Agence Tourangelle de Communication SAS",
                LocalDate.of(2026, 4, 2),
                "Jean Dupont");
        assertThat(text(receipts.pdf(paidByEmployer)))
                .contains(
                        "de Monsieur Paul Bernard, membre n° 2026-0043, la somme de 100,00 € (cent euros)",
                        "Somme reçue le 1er avril 2026.",
                        "Versée par : Agence Tourangelle de Communication SAS, pour le compte du membre");
    }

    @Test
    void leavesOutTheCivilityWhenTheMemberGaveNoneOrAnother() throws IOException {
        assertThat(text(receipts.pdf(receipt("AUTRE", "Camille", "Martin", "12, rue Nationale"))))
                .contains("atteste avoir reçu de Camille Martin, membre n°");
        assertThat(text(receipts.pdf(receipt(null, "Camille", "Martin", "12, rue Nationale"))))
                .contains("atteste avoir reçu de Camille Martin, membre n°");
    }

    @Test
    void describesTheDocumentForReadersAndSearch() throws IOException {
        try (PDDocument document = Loader.loadPDF(receipts.pdf(receipt()))) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Attestation de cotisation 2026 — 2026-0042");
            assertThat(document.getDocumentInformation().getAuthor())
                    .isEqualTo("Institut des Community Managers Français");
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("Site de l'ICMF");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "0, zéro",
        "1, un",
        "16, seize",
        "17, dix-sept",
        "21, vingt et un",
        "22, vingt-deux",
        "70, soixante-dix",
        "71, soixante et onze",
        "77, soixante-dix-sept",
        "80, quatre-vingts",
        "81, quatre-vingt-un",
        "90, quatre-vingt-dix",
        "91, quatre-vingt-onze",
        "100, cent",
        "101, cent un",
        "180, cent quatre-vingts",
        "200, deux cents",
        "201, deux cent un",
        "221, deux cent vingt et un",
        "1000, mille",
        "1001, mille un",
        "2000, deux mille",
        "21000, vingt et un mille",
        "80000, quatre-vingt mille",
        "200000, deux cent mille",
        "300200, trois cent mille deux cents",
        "999999, neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf"
    })
    void writesNumbersInFrenchWords(int number, String words) {
        assertThat(FrenchAmounts.words(number)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({
        "1, un euro",
        "30, trente euros",
        "100, cent euros",
        "221, deux cent vingt et un euros",
        "1000, mille euros",
        "25.50, vingt-cinq euros et cinquante centimes",
        "1.01, un euro et un centime",
        "0.01, un centime",
        "0.80, quatre-vingts centimes",
        "0, zéro euro",
        "12.345, douze euros et trente-cinq centimes"
    })
    void writesAmountsInWordsWithCentimesAloneBelowOneEuro(BigDecimal amount, String words) {
        assertThat(FrenchAmounts.words(amount)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"25.5, '25,50'", "30, '30,00'", "1250.5, '1\u00A0250,50'", "999999.99, '999\u00A0999,99'"})
    void writesAmountsInFrenchFigures(BigDecimal amount, String figures) {
        assertThat(FrenchAmounts.digits(amount)).isEqualTo(figures + "\u00A0€");
    }

    @Test
    void refusesAmountsItCannotWrite() {
        assertThatIllegalArgumentException().isThrownBy(() -> FrenchAmounts.words(new BigDecimal("-1")));
        assertThatIllegalArgumentException().isThrownBy(() -> FrenchAmounts.words(new BigDecimal("1000000")));
        assertThatIllegalArgumentException().isThrownBy(() -> FrenchAmounts.words(1_000_000));
    }

    @Test
    void printsLettersTheFontLacksAsTheClosestOnesItHas() throws IOException {
        String text = text(receipts.pdf(receipt("M", "Łukasz", "Żółw", "5, ulica Długa\u202F⁠Ⅻ 🙂")));

        assertThat(text).contains("Monsieur Lukasz Zólw, membre n° 2026-0042", "5, ulica Dluga ? ?");
        assertThat(text(receipts.pdf(receipt("MME", "Zoë", "Ørsted-Łukasz", "12, rue Nationale"))))
                .contains("Madame Zoë Ørsted-Lukasz,");
    }

    @Test
    void wrapsLongAddressesWithinThePage() throws IOException {
        String street = "Résidence des Grands Chênes, bâtiment C, escalier 4, appartement 1207, "
                + "chez Madame et Monsieur de La Rochefoucauld-Montmorency, lieu-dit Les Hauts de la Vallée "
                + "du Cher, 143 bis, avenue du Maréchal-de-Lattre-de-Tassigny";
        String unbreakable = "x".repeat(150);
        byte[] pdf = receipts.pdf(receipt("MME", "Camille", "Martin", street + " " + unbreakable));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            String text = text(document);
            assertThat(text).contains(street);
            assertThat(text.replace(" ", "")).contains(unbreakable);
            PDPage page = document.getPage(0);
            for (TextPosition glyph : glyphs(document)) {
                assertThat(glyph.getXDirAdj()).isGreaterThanOrEqualTo(50);
                assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj())
                        .isLessThanOrEqualTo(page.getMediaBox().getWidth() - 50);
            }
        }
    }

    @Test
    void continuesOnANewPageRatherThanRunningIntoTheFooter() throws IOException {
        DuesReceipt receipt = receipt();
        DuesReceipt wordy = new DuesReceipt(
                receipt.receiptNumber(),
                receipt.memberNumber(),
                receipt.civility(),
                receipt.firstName(),
                receipt.lastName(),
                receipt.streetAddress(),
                receipt.postalCode(),
                receipt.city(),
                receipt.country(),
                receipt.amount(),
                receipt.year(),
                receipt.receivedOn(),
                "virement bancaire ".repeat(150).strip(),
                null,
                receipt.issuedOn(),
                receipt.treasurerName());

        try (PDDocument document = Loader.loadPDF(receipts.pdf(wordy))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(text(document))
                    .contains("Le trésorier : Jean Dupont")
                    .containsSubsequence(
                            "Cette attestation n'est pas un reçu fiscal.",
                            "Cette attestation n'est pas un reçu fiscal.");
        }
    }

    private static DuesReceipt receipt() {
        return receipt("MME", "Camille", "Martin", "12, rue Nationale");
    }

    private static DuesReceipt receipt(String civility, String firstName, String lastName, String street) {
        return new DuesReceipt(
                "2026-0007",
                "2026-0042",
                civility,
                firstName,
                lastName,
                street,
                "37000",
                "Tours",
                "France",
                new BigDecimal("25.50"),
                2026,
                LocalDate.of(2026, 3, 12),
                "chèque n° 1234567, Banque Populaire",
                null,
                LocalDate.of(2026, 3, 15),
                "Jean Dupont");
    }

    /** The page's text with every run of white space, line breaks included, as one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document);
        }
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.getText(document);
        return glyphs;
    }
}
