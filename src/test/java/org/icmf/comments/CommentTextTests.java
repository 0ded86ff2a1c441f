package org.icmf.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommentTextTests {

    @Test
    void escapesEveryMarkupCharacterAndKeepsAccents() {
        assertThat(CommentText.html("<b>Élan</b> & \"guillemets\" l'apostrophe <script>alert(1)</script>"))
                .isEqualTo("<p>&lt;b&gt;Élan&lt;/b&gt; &amp; &quot;guillemets&quot; l&#39;apostrophe "
                        + "&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    @Test
    void keepsLineBreaksAndMakesParagraphsOfBlankLines() {
        assertThat(CommentText.html("\r\n  Première ligne\r\nseconde ligne\n\n\n  Nouveau paragraphe  \n"))
                .isEqualTo("<p>Première ligne<br>\nseconde ligne</p>\n<p>Nouveau paragraphe</p>");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Voir https://icmf.example/page. | Voir <a href=\"https://icmf.example/page\" rel=\"nofollow ugc noopener\">https://icmf.example/page</a>.",
                "(sur www.icmf.example) | (sur <a href=\"https://www.icmf.example\" rel=\"nofollow ugc noopener\">www.icmf.example</a>)",
                "https://fr.wikipedia.org/wiki/Tours_(France) | <a href=\"https://fr.wikipedia.org/wiki/Tours_(France)\" rel=\"nofollow ugc noopener\">https://fr.wikipedia.org/wiki/Tours_(France)</a>",
                "http://a.example/?x=1&y=<b> | <a href=\"http://a.example/?x=1&amp;y=\" rel=\"nofollow ugc noopener\">http://a.example/?x=1&amp;y=</a>&lt;b&gt;"
            })
    void makesLinksOfWebAddressesOnly(String text, String html) {
        assertThat(CommentText.html(text)).isEqualTo("<p>" + html + "</p>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "data:text/html,<script>",
                "vbscript:msgbox",
                "ftp://exemple.fr",
                "mailto:alix@example.org"
            })
    void neverMakesALinkOfAnotherScheme(String text) {
        assertThat(CommentText.html(text)).doesNotContain("<a ").doesNotContain("<script");
    }

    @Test
    void acceptsOnlyHttpWebsitesAsLinks() {
        assertThat(CommentText.safeWebsite("https://exemple.fr/page")).isEqualTo("https://exemple.fr/page");
        assertThat(CommentText.safeWebsite("HTTP://EXEMPLE.FR")).isEqualTo("HTTP://EXEMPLE.FR");
        assertThat(CommentText.safeWebsite("javascript:alert(1)")).isNull();
        assertThat(CommentText.safeWebsite("https://exemple.fr/\" onmouseover=\"x"))
                .isNull();
        assertThat(CommentText.safeWebsite(" https://exemple.fr")).isNull();
        assertThat(CommentText.safeWebsite(null)).isNull();
    }

    @Test
    void cutsExcerptsAtAWordOnOneLine() {
        assertThat(CommentText.excerpt("Un  texte\nsur deux lignes", 100)).isEqualTo("Un texte sur deux lignes");
        assertThat(CommentText.excerpt("Un texte assez long pour être coupé", 20))
                .isEqualTo("Un texte assez long…");
    }
}
