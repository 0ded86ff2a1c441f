package org.icmf.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates as a French reader expects them: "vendredi 29 mai 2009", "mercredi 1er avril 2009",
 * "avril 2009", always in the site's zone (Europe/Paris) whatever the server's.
 */
@Component("frenchDates")
public class FrenchDates {

    public static final Locale FRENCH = Locale.FRENCH;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", FRENCH);

    private final ZoneId zone;

    public FrenchDates(Clock clock) {
        this.zone = clock.getZone();
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** "vendredi 29 mai 2009"; the first of the month is written "1er" as French typography wants. */
    public String longDate(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, FRENCH) + " " + dayOfYear(MonthDay.from(date)) + " "
                + date.getYear();
    }

    /** "1er octobre", "15 janvier": a day that comes back every year. */
    public static String dayOfYear(MonthDay day) {
        return (day.getDayOfMonth() == 1 ? "1er" : Integer.toString(day.getDayOfMonth())) + " "
                + day.getMonth().getDisplayName(TextStyle.FULL, FRENCH);
    }

    public String longDate(Instant instant) {
        return longDate(localDate(instant));
    }

    /** "mercredi 15 avril 2009 à 18h00". */
    public String longDateTime(Instant instant) {
        return longDate(instant) + " à " + TIME.format(instant.atZone(zone));
    }

    /**
     * When something starts and, if known, ends: "jeudi 17 décembre 2026 de 18h30 à 21h00" within a day,
     * "vendredi 5 juin 2026 à 9h00 — jusqu’au samedi 6 juin 2026 à 17h00" across days.
     */
    public String span(Instant start, Instant end) {
        if (end == null) {
            return longDateTime(start);
        }
        if (localDate(start).equals(localDate(end))) {
            return longDate(start) + " de " + TIME.format(start.atZone(zone)) + " à " + TIME.format(end.atZone(zone));
        }
        return longDateTime(start) + " — jusqu’au " + longDateTime(end);
    }

    /** "avril 2009". */
    public String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, FRENCH) + " " + month.getYear();
    }

    /** "Avril" — a month name on its own, capitalised, as in an archive list. */
    public String monthName(int month) {
        String name = Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, FRENCH);
        return name.substring(0, 1).toUpperCase(FRENCH) + name.substring(1);
    }

    /**
     * A setting's duration as a sentence says it: "2 ans", "90 jours", "24 heures", "30 minutes" (whole years of
     * 365 days, else whole days, hours, minutes, seconds).
     */
    public static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        long days = duration.toDays();
        if (seconds % 86_400 == 0 && days >= 365 && days % 365 == 0) {
            return plural(days / 365, "an", "ans");
        }
        if (seconds % 86_400 == 0 && days > 0) {
            return plural(days, "jour", "jours");
        }
        if (seconds % 3_600 == 0 && seconds > 0) {
            return plural(seconds / 3_600, "heure", "heures");
        }
        if (seconds % 60 == 0 && seconds > 0) {
            return plural(seconds / 60, "minute", "minutes");
        }
        return plural(seconds, "seconde", "secondes");
    }

    private static String plural(long count, String one, String many) {
        return count + " " + (count < 2 ? one : many);
    }

    /** ISO form for {@code <time datetime>}. */
    public String iso(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
