package org.icmf.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.icmf.web.Tokens;
import org.junit.jupiter.api.Test;

/** Tokens of personal links are masked; nothing else in a mail's text is touched. */
class LinkMasksTests {

    @Test
    void masksEveryTokenOfALinkAndKeepsTheRestOfTheText() {
        String cancel = Tokens.random();
        String data = Tokens.random();
        String text = "Annuler : https://icmf.example/evenements/inscription/" + cancel + "\n"
                + "Vos données (https://icmf.example/mes-donnees/" + data + ").\n";

        assertThat(LinkMasks.mask(text))
                .isEqualTo("Annuler : https://icmf.example/evenements/inscription/••••••\n"
                        + "Vos données (https://icmf.example/mes-donnees/••••••).\n");
        assertThat(LinkMasks.holdsTokens(text)).isTrue();
    }

    @Test
    void leavesSegmentsOfAnotherLengthAndWordsOutsideLinksAlone() {
        String text = "https://icmf.example/blog/2009/05/" + "a".repeat(42) + " /" + "b".repeat(44) + " "
                + Tokens.random() + " https://icmf.example/evenements/cafe-des-cm";

        assertThat(LinkMasks.mask(text)).isSameAs(text);
        assertThat(LinkMasks.holdsTokens(text)).isFalse();
    }

    @Test
    void readsAMegabyteOfSlashesAndTokenCharactersInOnePass() {
        String hostile = "/".repeat(500_000) + "a".repeat(500_000);

        assertThat(LinkMasks.mask(hostile)).isSameAs(hostile);
    }
}
