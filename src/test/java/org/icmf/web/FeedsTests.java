package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedsTests {

    @Test
    void leavesOutTheCharactersXmlForbids() {
        assertThat(Feeds.legalXml("a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf")).isEqualTo("abcdef");
        assertThat(Feeds.legalXml("lone \uD83D high, lone \uDE00 low, reversed \uDE00\uD83D."))
                .isEqualTo("lone  high, lone  low, reversed .");
    }

    @Test
    void keepsEveryLegalCharacterAndReturnsTheSameStringWhenNothingIsLeftOut() {
        String legal = "Tab\tLF\nCR\r é ]]> <&> \uD83D\uDE00 \uE000 \uFFFD \u007F";
        assertThat(Feeds.legalXml(legal)).isSameAs(legal);
        assertThat(Feeds.legalXml(null)).isNull();
    }
}
