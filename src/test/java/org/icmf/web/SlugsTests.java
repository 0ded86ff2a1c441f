package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void transliteratesFrenchAccentsAndLigatures() {
        assertThat(Slugs.slugify("Éthique : où en est-on ? Œuvre, cœur"))
                .isEqualTo("ethique-ou-en-est-on-oeuvre-coeur");
    }

    @Test
    void turnsApostrophesQuotesAndSymbolsIntoSingleHyphens() {
        assertThat(Slugs.slugify("Qu'est ce qu'un community manager ?")).isEqualTo("qu-est-ce-qu-un-community-manager");
        assertThat(Slugs.slugify("“Community manager” ou “Community leader”?"))
                .isEqualTo("community-manager-ou-community-leader");
        assertThat(Slugs.slugify("Ethique, pourquoi le label bouche à oreilles® ?"))
                .isEqualTo("ethique-pourquoi-le-label-bouche-a-oreilles");
        assertThat(Slugs.slugify("BIENVENUE")).isEqualTo("bienvenue");
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slugs.slugify(
                "\"Dans le passé vous étiez ce que vous possédiez. Aujourd'hui vous êtes ce que vous partagez.\"");
        assertThat(slug)
                .hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
                .isEqualTo("dans-le-passe-vous-etiez-ce-que-vous-possediez-aujourd-hui-vous-etes-ce-que-vous");
    }

    @Test
    void suffixesTakenSlugsUntilFree() {
        Set<String> taken = Set.of("bienvenue", "bienvenue-2");
        assertThat(Slugs.uniqueSlug("Bienvenue", taken::contains)).isEqualTo("bienvenue-3");
        assertThat(Slugs.uniqueSlug("Nouveau", taken::contains)).isEqualTo("nouveau");
    }

    @Test
    void givesAFallbackSlugToTitlesWithoutLetters() {
        assertThat(Slugs.uniqueSlug("?!…", slug -> false)).isEqualTo("sans-titre");
    }

    @Test
    void validatesSlugShape() {
        assertThat(Slugs.isValid("le-cafe-des-community-managers")).isTrue();
        assertThat(Slugs.isValid("Le-Cafe")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
        assertThat(Slugs.isValid("-a")).isFalse();
        assertThat(Slugs.isValid("x' or '1'='1")).isFalse();
    }
}
