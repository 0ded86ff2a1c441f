package org.icmf.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLengthTests {

    @Test
    void countsWordsAsAReaderWouldAndRoundsMinutesUp() {
        assertThat(TextLength.of("Rendez-vous — l’ICMF, le 16 décembre 2026 !")).isEqualTo(new TextLength(6, 1));
        assertThat(TextLength.of("")).isEqualTo(new TextLength(0, 0));
        assertThat(TextLength.of(" \u00A0— … ")).isEqualTo(new TextLength(0, 0));
        assertThat(TextLength.of("mot ".repeat(230))).isEqualTo(new TextLength(230, 1));
        assertThat(TextLength.of("mot ".repeat(231))).isEqualTo(new TextLength(231, 2));
    }
}
