package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.icmf.blog.PostEditor;
import org.icmf.blog.PostForm;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A board member editing a published post leaves mid-sentence without saving: the editor asked first, saved the
 * text in the background and kept it in the browser; reopening the post offers it back, and saving it clears the
 * offers. The share card follows the title. At desktop and phone width, without a Content-Security-Policy violation.
 */
class GettingTheTextBackBrowserIT extends BrowserJourney {

    private static final String PASSWORD = "phrase de passe du brouillon";

    @Autowired
    BoardAccounts accounts;

    @Autowired
    PostEditor posts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeThePost() {
        jdbc.sql("delete from blog_post where slug = 'essai-brouillon-perdu'").update();
    }

    private static WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    /**
     * Leaves the editor by its link back to the post list. The page asks first: ChromeDriver accepts the
     * {@code beforeunload} question itself (its default for that prompt), so whether the page asks is read from the
     * event it cancels, as the browser reads it before asking.
     */
    private void leaveAnswering() {
        assertThat(browser.executeScript("const leaving = new Event('beforeunload', {cancelable: true});"
                        + "window.dispatchEvent(leaving); return leaving.defaultPrevented;"))
                .as("asks before leaving unsaved changes")
                .isEqualTo(true);
        browser.findElement(By.linkText("Retour aux articles")).click();
        waiting(10).until(ExpectedConditions.urlToBe(url("/admin/articles")));
    }

    @Test
    void boardMemberClosesTheEditorMidSentenceAndGetsTheTextBack() {
        String email = "brouillon-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(email, "Camille Brouillon", PASSWORD, EnumSet.of(Role.EDITOR), Actor.SYSTEM);
        long id = posts.create(
                new PostForm(
                        "Le Café de décembre",
                        "essai-brouillon-perdu",
                        "Le Café des Community managers revient en décembre.",
                        "Camille Brouillon",
                        "",
                        "",
                        "",
                        "",
                        "PUBLISHED",
                        "",
                        null),
                new Actor(null, "Camille Brouillon"));
        String editor = "/admin/articles/" + id;
        String recorder = recordPolicyViolations();
        try {
            signInAt(editor, email, PASSWORD);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Modifier l’article");

            WebElement body = browser.findElement(By.id("body"));
            body.sendKeys("\n\nNous vous attendons au Café du mer");
            // Five seconds after typing stops, the text is saved in the background, and said so politely.
            waiting(15)
                    .until(ExpectedConditions.textMatches(
                            By.cssSelector(".editor-autosave"),
                            java.util.regex.Pattern.compile("Enregistré automatiquement à \\d{1,2} h \\d{2}")));
            assertThat(browser.findElement(By.cssSelector(".editor-autosave")).getAttribute("aria-live"))
                    .isEqualTo("polite");

            WebElement title = browser.findElement(By.id("title"));
            title.sendKeys(" : ouvert à tous");
            assertThat(browser.findElement(By.cssSelector(".share-card-title")).getText())
                    .isEqualTo("Le Café de décembre : ouvert à tous");
            body.sendKeys("credi soir, à");
            leaveAnswering();

            browser.get(url(editor));
            WebElement localOffer = waiting(5)
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("section[aria-labelledby=brouillon-local-titre]")));
            assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=brouillon-auto-titre]"))
                            .getText())
                    .contains("Un brouillon enregistré automatiquement le");
            assertThat(localOffer.getText())
                    .containsPattern(
                            "Un texte tapé le \\d{2}/\\d{2}/\\d{4} à \\d{1,2} h \\d{2} n’a pas été enregistré.");
            assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
            Browser.screenshot(browser, "40-brouillon-retrouve-bureau");
            browser.manage().window().setSize(new Dimension(375, 900));
            Browser.screenshot(browser, "41-brouillon-retrouve-telephone");
            browser.manage().window().setSize(new Dimension(1280, 900));

            // The server's draft, taken up without script; then this browser's text, the very last words typed.
            clickToNextPage(browser.findElement(By.linkText("Reprendre le brouillon")));
            assertThat(browser.findElement(By.id("body")).getAttribute("value"))
                    .endsWith("Nous vous attendons au Café du mer");
            waiting(5)
                    .until(ExpectedConditions.elementToBeClickable(By.xpath("//button[.='Reprendre ce texte']")))
                    .click();
            assertThat(browser.findElement(By.id("body")).getAttribute("value"))
                    .isEqualTo("Le Café des Community managers revient en décembre.\n\n"
                            + "Nous vous attendons au Café du mercredi soir, à");
            assertThat(browser.findElement(By.id("title")).getAttribute("value"))
                    .isEqualTo("Le Café de décembre : ouvert à tous");
            waiting(10)
                    .until(ExpectedConditions.textMatches(
                            By.cssSelector(".share-card-description"),
                            java.util.regex.Pattern.compile(".*mercredi soir, à$")));
            WebElement card = browser.findElement(By.cssSelector(".share-card"));
            browser.executeScript("arguments[0].scrollIntoView()", card);
            Browser.screenshot(browser, "42-apercu-partage-bureau");
            browser.manage().window().setSize(new Dimension(375, 900));
            browser.executeScript("arguments[0].scrollIntoView()", card);
            Browser.screenshot(browser, "43-apercu-partage-telephone");
            browser.manage().window().setSize(new Dimension(1280, 900));

            body = browser.findElement(By.id("body"));
            body.sendKeys(" tous.");
            clickToNextPage(browser.findElement(By.cssSelector("button[value=enregistrer]")));
            assertThat(jdbc.sql("select body_markdown from blog_post where id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .endsWith("Nous vous attendons au Café du mercredi soir, à tous.");
            assertThat(browser.findElements(By.cssSelector(".autosave-offer"))).isEmpty();
            assertThat(browser.executeScript("return localStorage.getItem('icmf-editor:' + arguments[0])", editor))
                    .isNull();
            assertThat(browser.executeScript("return window.icmfPolicyViolations"))
                    .as("Content-Security-Policy violations")
                    .isEqualTo(List.of());
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
        }
    }
}
