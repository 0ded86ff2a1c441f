package org.icmf.membership.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sums of money as a French receipt prints them: in digits ("1 250,50 €") and in words
 * ("mille deux cent cinquante euros et cinquante centimes"), the words guarding against a figure altered
 * after printing, as on a cheque.
 *
 * <p>Words follow the traditional spelling (hyphens only below one hundred, "et" before "un" and "onze"
 * after vingt to soixante, "quatre-vingts" and "deux cents" plural only at the end of the number,
 * "mille" invariable and never preceded by "un"). Written by hand because a library such as ICU4J is heavy
 * for a 0–999 999 range and gives the 1990 spelling ("vingt-et-un").
 */
final class FrenchAmounts {

    /** The largest number {@link #words(int)} spells out. */
    static final int MAX = 999_999;

    /** Between the figure and the euro sign: no-break, so that a line never ends with "25,50". */
    static final char NO_BREAK_SPACE = '\u00A0';

    private static final String[] UNITS = {
        "zéro",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize"
    };

    private static final String[] TENS = {"", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"};

    private FrenchAmounts() {}

    /** "25,50 €", "1 250,00 €": two decimals, comma, thousands grouped by no-break spaces. */
    static String digits(BigDecimal amount) {
        String plain = checked(amount).toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(NO_BREAK_SPACE);
            }
            grouped.append(whole.charAt(i));
        }
        return grouped + "," + plain.substring(dot + 1) + NO_BREAK_SPACE + "€";
    }

    /**
     * "un euro", "trente euros", "vingt-cinq euros et cinquante centimes". Less than one euro is written
     * with centimes alone ("un centime", "cinquante centimes"), as one would say it, not "zéro euro et un
     * centime"; nothing at all is "zéro euro".
     *
     * @throws IllegalArgumentException when the amount is negative or above {@value #MAX} euros
     */
    static String words(BigDecimal amount) {
        BigDecimal rounded = checked(amount);
        int euros = rounded.intValue();
        int cents = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        if (euros == 0 && cents == 0) {
            return "zéro euro";
        }
        String centimes = words(cents) + (cents > 1 ? " centimes" : " centime");
        if (euros == 0) {
            return centimes;
        }
        String whole = words(euros) + (euros > 1 ? " euros" : " euro");
        return cents == 0 ? whole : whole + " et " + centimes;
    }

    /**
     * A whole number from 0 to {@value #MAX} in words: "vingt et un", "quatre-vingts", "deux cent un",
     * "quatre-vingt mille".
     *
     * @throws IllegalArgumentException outside that range
     */
    static String words(int number) {
        if (number < 0 || number > MAX) {
            throw new IllegalArgumentException("Only 0 to " + MAX + " can be written in words: " + number);
        }
        if (number == 0) {
            return UNITS[0];
        }
        int thousands = number / 1000;
        int rest = number % 1000;
        StringBuilder text = new StringBuilder();
        if (thousands > 0) {
            // "mille", not "un mille"; "cent" and "vingt" take no s before mille ("deux cent mille").
            if (thousands > 1) {
                text.append(belowThousand(thousands, false)).append(' ');
            }
            text.append("mille");
        }
        if (rest > 0) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(belowThousand(rest, true));
        }
        return text.toString();
    }

    /** 1–999; {@code last} says whether the group ends the number, which is when "cents" and "vingts" agree. */
    private static String belowThousand(int number, boolean last) {
        int hundreds = number / 100;
        int rest = number % 100;
        StringBuilder text = new StringBuilder();
        if (hundreds > 0) {
            if (hundreds > 1) {
                text.append(UNITS[hundreds]).append(' ');
            }
            text.append("cent");
            if (hundreds > 1 && rest == 0 && last) {
                text.append('s');
            }
        }
        if (rest > 0) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(belowHundred(rest, last));
        }
        return text.toString();
    }

    /** 1–99. */
    private static String belowHundred(int number, boolean last) {
        if (number <= 16) {
            return UNITS[number];
        }
        if (number < 20) {
            return "dix-" + UNITS[number - 10];
        }
        int tens = number / 10;
        int unit = number % 10;
        if (tens == 7 || tens == 9) {
            // soixante-dix, soixante et onze, soixante-douze…; quatre-vingt-dix, quatre-vingt-onze…
            String base = tens == 7 ? "soixante" : "quatre-vingt";
            int tail = 10 + unit;
            return base + (tens == 7 && unit == 1 ? " et " : "-") + belowHundred(tail, last);
        }
        if (tens == 8) {
            return unit == 0 ? (last ? "quatre-vingts" : "quatre-vingt") : "quatre-vingt-" + UNITS[unit];
        }
        if (unit == 0) {
            return TENS[tens];
        }
        return TENS[tens] + (unit == 1 ? " et " : "-") + UNITS[unit];
    }

    private static BigDecimal checked(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("An amount must be zero or more: " + amount);
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        if (rounded.compareTo(BigDecimal.valueOf(MAX + 1L)) >= 0) {
            throw new IllegalArgumentException("An amount must be below " + (MAX + 1L) + " euros: " + amount);
        }
        return rounded;
    }
}
