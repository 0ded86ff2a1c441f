package org.icmf.web;

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

    public Csv row(List<String> cells) {
        text.append(String.join(";", cells.stream().map(Csv::cell).toList())).append("\r\n");
        return this;
    }

    public Csv row(String... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return text.matches("(?s).*[;\"\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
