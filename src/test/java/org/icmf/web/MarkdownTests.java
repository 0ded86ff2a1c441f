package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void keepsParagraphsListsHeadingsAndLineBreaks() {
        String html = markdown.toSafeHtml("""
                ## PROFIL :

                Premier paragraphe\\
                suite sur une autre ligne.

                - un
                - deux
                  + imbriqué
                """);
        assertThat(html)
                .contains("<h2>PROFIL :</h2>")
                .containsPattern("<p>Premier paragraphe<br>\\s*suite sur une autre ligne\\.</p>")
                .contains("<li>un</li>")
                .containsPattern("<li>deux\\s*<ul>\\s*<li>imbriqué</li>");
    }

    @Test
    void removesScriptsEventHandlersAndJavascriptLinks() {
        String html = markdown.toSafeHtml("""
                Bonjour <script>alert('x')</script>

                <img src="https://example.org/a.png" onerror="alert(1)">

                [piège](javascript:alert(1)) <a href="javascript:alert(2)" onclick="alert(3)">lien</a>

                <iframe src="https://evil.example"></iframe><style>body{display:none}</style>
                """);
        assertThat(html)
                .doesNotContain("<script", "alert(", "onerror", "onclick", "javascript:", "<iframe", "<style")
                .contains("Bonjour")
                .contains("<img src=\"https://example.org/a.png\" loading=\"lazy\">")
                .as("refused links become plain text, not dead links")
                .contains("piège lien");
    }

    @Test
    void givesLinksNoopenerAndKeepsRelativeLinks() {
        String html = markdown.toSafeHtml("[Adhérer](/adherer) et <https://www.managerunecommunaute.com/>");
        assertThat(html)
                .contains("<a href=\"/adherer\" rel=\"noopener\">Adhérer</a>")
                .contains("<a href=\"https://www.managerunecommunaute.com/\" rel=\"noopener\">");
    }

    @Test
    void keepsImagesOfTheMediaLibraryWithTheirRelativeAddressAndAltTextAndLoadsThemLazily() {
        String html = markdown.toSafeHtml("![Logo de l'ICMF](/media/0123456789abcdef.png)");
        assertThat(html.strip())
                .isEqualTo("<p><img src=\"/media/0123456789abcdef.png\" alt=\"Logo de l'ICMF\" loading=\"lazy\"></p>");
    }

    @Test
    void excerptTakesWholeBlocksUpToTheLimitAndSaysWhenTruncated() {
        String html = markdown.toSafeHtml("Premier.\n\nDeuxième.\n\n" + "Long ".repeat(100));
        Markdown.Excerpt excerpt = markdown.excerpt(html, 30);
        assertThat(excerpt.html()).isEqualTo("<p>Premier.</p><p>Deuxième.</p>");
        assertThat(excerpt.truncated()).isTrue();

        Markdown.Excerpt whole = markdown.excerpt(markdown.toSafeHtml("Court."), 30);
        assertThat(whole.html()).isEqualTo("<p>Court.</p>");
        assertThat(whole.truncated()).isFalse();
    }

    @Test
    void excerptMovesHeadingsUnderTheTitleOfAListedPost() {
        Markdown.Excerpt excerpt = markdown.excerpt(markdown.toSafeHtml("## Parlez-vous le web 2.o ?\n\nTexte."), 100);
        assertThat(excerpt.html()).isEqualTo("<h4>Parlez-vous le web 2.o ?</h4><p>Texte.</p>");
    }

    @Test
    void plainTextDropsMarkup() {
        assertThat(markdown.toPlainText("<p>Un <strong>mot</strong></p><ul><li>liste</li></ul>"))
                .isEqualTo("Un mot liste");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "![](/media/0123456789abcdef.png)",
                "Avant ![ ](/media/x.png) après",
                "![\t](/media/x.png)",
                "![][logo]\n\n[logo]: /media/x.png",
                "![logo][]\n\n![][logo]\n\n[logo]: /media/x.png",
                "[![](/media/x.png)](https://icmf.example)",
                "Texte <img src=\"/media/x.png\"> inline",
                "<div>\n<IMG SRC=\"/media/x.png\" title=\"Logo\">\n</div>",
                "| a |\n|---|\n| ![](/media/x.png) |",
                "![Logo](/media/a.png) puis ![](/media/b.png)"
            })
    void findsImagesWithoutATextAlternative(String text) {
        assertThat(markdown.hasImageWithoutAltText(text)).isTrue();
        assertThat(markdown.render(text).imageWithoutAltText()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "![Logo de l'ICMF](/media/0123456789abcdef.png)",
                "![`code`](/media/x.png)",
                "![*Logo*][logo]\n\n[logo]: /media/x.png",
                "<img src=\"/media/x.png\" alt=\"Logo\">",
                "<img src=\"/media/x.png\" alt=\"\">",
                "Pas d'image, un [lien](https://icmf.example) et du <b>gras</b>.",
                "`![](/media/x.png)` est un exemple de code",
                "    ![](/media/x.png) en bloc de code",
                ""
            })
    void acceptsImagesDescribedOrMarkedAsDecorationAndTextsWithoutImages(String text) {
        assertThat(markdown.hasImageWithoutAltText(text)).isFalse();
        assertThat(markdown.render(text).imageWithoutAltText()).isFalse();
    }
}
