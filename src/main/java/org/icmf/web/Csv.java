package org.icmf.web;

import java.util.Arrays;
import java.util.List;

/**
 * CSV files for LibreOffice or Excel in French: UTF-8 with a byte order mark, {@code ;} between fields, CRLF
 * line ends, quotes where needed, and cells a spreadsheet would run as a formula ({@code = + - @}) made inert.
 */
public final class Csv {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    public Csv(String... header) {
        row(List.of(header));
    }

    /** A file whose header row is written as one text, its titles separated by {@code ;} (from messages.properties). */
    public static Csv headed(String header) {
        return new Csv(header.split(";"));
    }

    public Csv row(List<String> cells) {
        text.append(String.join(";", cells.stream().map(Csv::cell).toList())).append("\r\n");
        return this;
    }

    public Csv row(String... cells) {
        return row(Arrays.asList(cells));
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * One field: made inert when a spreadsheet could read it as a formula, then quoted when it holds a separator,
     * a quote or a line break. Character scans rather than a regex, so that a line break cannot hide a formula.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = looksLikeFormula(value) ? "'" + value : value;
        return needsQuotes(text) ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /**
     * A value starting with TAB or CR, or whose first character after leading blanks (spaces, line breaks, controls,
     * invisible format characters) is {@code = + - @}: spreadsheets skip such blanks and start a formula there. A
     * negative number is guarded too: no column of our exports holds a number a person typed (amounts and counts are
     * written by the site, without a sign), and an E.164 phone number such as {@code +33612345678} must stay text.
     */
    private static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
            return true;
        }
        int i = 0;
        while (i < value.length() && blank(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        char first = value.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
