package org.icmf.membership.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.icmf.regions.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Telephone numbers typed the French ways are stored in international form; others are refused. */
class PhoneNumbersTests {

    @ParameterizedTest
    @CsvSource({
        "06 12 34 56 78, CENTRE_VAL_DE_LOIRE, +33612345678",
        "06.12.34.56.78, ILE_DE_FRANCE, +33612345678",
        "+33 6 12 34 56 78, BRETAGNE, +33612345678",
        "0033 6 12 34 56 78, CORSE, +33612345678",
        "02 47 12 34 56, CENTRE_VAL_DE_LOIRE, +33247123456",
        "0262 12 34 56, LA_REUNION, +262262123456",
        "0692 12 34 56, LA_REUNION, +262692123456",
        "0590 12 34 56, GUADELOUPE, +590590123456",
        "+32 470 12 34 56, ABROAD, +32470123456"
    })
    void readsFrenchAndOverseasNumbersIntoInternationalForm(String typed, Region region, String expected) {
        assertThat(PhoneNumbers.international(typed, region)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "12, ILE_DE_FRANCE",
        "06 12 34, ILE_DE_FRANCE",
        "abcdefghij, ILE_DE_FRANCE",
        "drop table x, ILE_DE_FRANCE"
    })
    void refusesWhatIsNotAPhoneNumber(String typed, Region region) {
        assertThat(PhoneNumbers.international(typed, region)).isEmpty();
    }
}
