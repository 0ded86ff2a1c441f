package org.icmf.membership.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class PaymentFormTests {

    private static PaymentForm received(String day, String year) {
        return new PaymentForm("2026-0001", "30", "1234567", "Banque", day, "", year);
    }

    @Test
    void aChequePaysForTheCivilYearItArrivesByDefault() {
        assertThat(received("2026-12-31", "").coveredYear(null)).isEqualTo(2026);
    }

    @Test
    void aChequeArrivingFromTheConfiguredDayPaysForTheNextYear() {
        MonthDay october = MonthDay.of(10, 1);
        assertThat(received("2026-09-30", "").coveredYear(october)).isEqualTo(2026);
        assertThat(received("2026-10-01", "").coveredYear(october)).isEqualTo(2027);
        assertThat(received("2026-12-31", "").coveredYear(october)).isEqualTo(2027);
    }

    @Test
    void theYearTheTreasurerTypesWins() {
        assertThat(received("2026-11-15", "2026").coveredYear(MonthDay.of(10, 1)))
                .isEqualTo(2026);
        assertThat(received("2026-01-10", "2025").coveredYear(null)).isEqualTo(2025);
    }
}
