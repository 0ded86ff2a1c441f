package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTests {

    @Test
    void escapesWildcardsAndTheEscapeCharacterSoThatTypedTextIsFoundAsTyped() {
        assertThat(LikePatterns.contains("50%_off\\x")).isEqualTo("%50\\%\\_off\\\\x%");
        assertThat(LikePatterns.contains("alix")).isEqualTo("%alix%");
        assertThat(LikePatterns.contains("")).isEqualTo("%%");
    }
}
