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
     * Whether leaving the page now would ask first. ChromeDriver answers the browser's question itself, whatever
     * {@code unhandledPromptBehavior} says, and the question never shows: so the page is given the very event the
     * browser gives it before leaving (a {@code BeforeUnloadEvent}), and read as the browser reads it, which asks when
     * a handler cancelled it or set its {@code returnValue}.
     */
    private static boolean asksBeforeLeaving() {
        return (Boolean) browser.executeScript("""
                const leaving = document.createEvent('BeforeUnloadEvent');
                leaving.initEvent('beforeunload', false, true);
                window.dispatchEvent(leaving);
                return leaving.defaultPrevented || leaving.returnValue !== '';
                """);
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
            assertThat(asksBeforeLeaving())
                    .as("asks before leaving an unchanged post")
                    .isFalse();

            WebElement body = browser.findElement(By.id("body"));
            body.sendKeys("\n\nNous vous attendons au Café du mer");
            assertThat(asksBeforeLeaving())
                    .as("asks before leaving unsaved changes")
                    .isTrue();
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
            // Saved in the background is not saved: the post still has its old text.
            assertThat(asksBeforeLeaving())
                    .as("asks before leaving unsaved changes")
                    .isTrue();
            browser.findElement(By.linkText("Retour aux articles")).click();
            waiting(10).until(ExpectedConditions.urlToBe(url("/admin/articles")));

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
            assertThat(asksBeforeLeaving())
                    .as("asks before leaving a text taken up but not saved")
                    .isTrue();
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
            // Sending the form saves the changes: no question while it goes (held here, then sent by the button).
            browser.executeScript("""
                    const form = document.getElementById('body').form;
                    form.addEventListener('submit', event => event.preventDefault(), {once: true});
                    form.requestSubmit(form.querySelector('button[value=enregistrer]'));
                    """);
            assertThat(asksBeforeLeaving())
                    .as("asks while the changes are being saved")
                    .isFalse();
            clickToNextPage(browser.findElement(By.cssSelector("button[value=enregistrer]")));
            assertThat(jdbc.sql("select body_markdown from blog_post where id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .endsWith("Nous vous attendons au Café du mercredi soir, à tous.");
            assertThat(browser.findElements(By.cssSelector(".autosave-offer"))).isEmpty();
            assertThat(asksBeforeLeaving())
                    .as("asks before leaving a saved post")
                    .isFalse();
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
