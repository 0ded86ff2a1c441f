package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FrenchDatesTests {

    private final FrenchDates dates = new FrenchDates(Clock.system(ZoneId.of("Europe/Paris")));

    @Test
    void writesTheDayNameDayMonthAndYearInFrench() {
        assertThat(dates.longDate(LocalDate.of(2009, 5, 29))).isEqualTo("vendredi 29 mai 2009");
        assertThat(dates.longDate(LocalDate.of(2009, 3, 4))).isEqualTo("mercredi 4 mars 2009");
        assertThat(dates.longDate(LocalDate.of(2009, 8, 15))).isEqualTo("samedi 15 août 2009");
        assertThat(dates.longDate(LocalDate.of(2009, 12, 7))).isEqualTo("lundi 7 décembre 2009");
    }

    @Test
    void writesDurationsAsASentenceSaysThem() {
        assertThat(FrenchDates.duration(Duration.ofDays(730))).isEqualTo("2 ans");
        assertThat(FrenchDates.duration(Duration.ofDays(365))).isEqualTo("1 an");
        assertThat(FrenchDates.duration(Duration.ofDays(90))).isEqualTo("90 jours");
        assertThat(FrenchDates.duration(Duration.ofDays(1))).isEqualTo("1 jour");
        assertThat(FrenchDates.duration(Duration.ofHours(24))).isEqualTo("1 jour");
        assertThat(FrenchDates.duration(Duration.ofHours(12))).isEqualTo("12 heures");
        assertThat(FrenchDates.duration(Duration.ofMinutes(30))).isEqualTo("30 minutes");
        assertThat(FrenchDates.duration(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    }

    @Test
    void writesTheFirstOfTheMonthAsPremier() {
        assertThat(dates.longDate(LocalDate.of(2009, 4, 1))).isEqualTo("mercredi 1er avril 2009");
    }

    @Test
    void readsInstantsInParisTime() {
        // 23:30 UTC on 31 March 2009 is already 1 April in Paris (summer time, UTC+2).
        assertThat(dates.longDate(Instant.parse("2009-03-31T23:30:00Z"))).isEqualTo("mercredi 1er avril 2009");
        assertThat(dates.longDateTime(Instant.parse("2009-04-15T16:00:00Z")))
                .isEqualTo("mercredi 15 avril 2009 à 18h00");
    }

    @Test
    void writesATimeSpanWithinADayOrAcrossDays() {
        assertThat(dates.span(Instant.parse("2026-12-17T17:30:00Z"), Instant.parse("2026-12-17T20:00:00Z")))
                .isEqualTo("jeudi 17 décembre 2026 de 18h30 à 21h00");
        assertThat(dates.span(Instant.parse("2026-06-05T07:00:00Z"), Instant.parse("2026-06-06T15:00:00Z")))
                .isEqualTo("vendredi 5 juin 2026 à 09h00 — jusqu’au samedi 6 juin 2026 à 17h00");
        assertThat(dates.span(Instant.parse("2009-04-15T16:00:00Z"), null)).isEqualTo("mercredi 15 avril 2009 à 18h00");
    }

    @Test
    void namesMonthsForArchives() {
        assertThat(dates.month(YearMonth.of(2009, 2))).isEqualTo("février 2009");
        assertThat(dates.monthName(3)).isEqualTo("Mars");
    }
}
