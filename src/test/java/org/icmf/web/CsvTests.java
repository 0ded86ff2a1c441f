package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells a spreadsheet would run as a formula are made inert, whatever line breaks or blanks come first. */
class CsvTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+2",
                "+33612345678",
                "-5",
                "@SUM(A1)",
                "=1+2\nabc",
                "=cmd|' /C calc'!A0\r\nx",
                " =1",
                "\n=HYPERLINK(\"http://evil\")",
                "\r\n@x",
                "\t=1",
                " \t \n-2+3",
                "\u00A0=1",
                "\u200B=1",
                "\u0001=1",
                "\tplain",
                "\rplain"
            })
    void prefixesWithAQuoteEveryValueASpreadsheetWouldRunAsAFormula(String value) {
        String cell = Csv.cell(value);

        String content =
                cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        assertThat(content).isEqualTo("'" + value);
    }

    @Test
    void quotesFieldsHoldingASeparatorAQuoteOrALineBreakSoThatTheyStayOneCell() {
        assertThat(Csv.cell("=1+2\nabc")).isEqualTo("\"'=1+2\nabc\"");
        assertThat(Csv.cell("\n=HYPERLINK(\"http://evil\")")).isEqualTo("\"'\n=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("x\n=cmd"))
                .as("a formula after the first line is inside a text cell")
                .isEqualTo("\"x\n=cmd\"");
        assertThat(Csv.cell("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(Csv.cell("Dupont; fille")).isEqualTo("\"Dupont; fille\"");
        assertThat(Csv.cell("Société \"ABC\"")).isEqualTo("\"Société \"\"ABC\"\"\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Alix",
                "Jean-Pierre",
                "alix@example.org",
                "30,00",
                "2024-03-12",
                "12 rue de la Paix",
                "C'est ça",
                "x=1",
                "a+b",
                "",
                "   ",
                "Ω-3"
            })
    void leavesOrdinaryValuesAsTheyWereTyped(String value) {
        assertThat(Csv.cell(value)).isEqualTo(value);
    }

    @Test
    void writesAFrenchSpreadsheetFile() {
        String csv = new Csv("Nom", "Note")
                .row("Dupont", "=1+2\nabc")
                .row(null, "ok")
                .toString();

        assertThat(csv).isEqualTo("\uFEFFNom;Note\r\nDupont;\"'=1+2\nabc\"\r\n;ok\r\n");
    }
}
