package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.icmf.editing.TextLength;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A board member writes with the editor's toolbar and shortcuts and sees the text rendered by the site beside it,
 * with its word count, as they type; at desktop and phone width, without a Content-Security-Policy violation.
 */
class WritingWithTheEditorBrowserIT extends BrowserJourney {

    private static final String PASSWORD = "phrase de passe de l’éditeur";

    @Autowired
    BoardAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void boardMemberFormatsTheTextAndSeesItRenderedAsTheyType() {
        String email = "editeur-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(email, "Dominique Édition", PASSWORD, EnumSet.of(Role.EDITOR), Actor.SYSTEM);
        String recorder = recordPolicyViolations();
        try {
            signInAt("/admin/articles/nouveau", email, PASSWORD);

            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nouvel article");
            WebElement toolbar = browser.findElement(By.cssSelector(".editor-toolbar"));
            waiting().until(ExpectedConditions.visibilityOf(toolbar));
            assertThat(browser.findElement(By.cssSelector(".editor-length")).getText())
                    .isEqualTo("Aucun mot pour l’instant");

            WebElement body = browser.findElement(By.id("body"));
            body.sendKeys("Le café ");
            browser.findElement(By.cssSelector("button[aria-label=Gras]")).click();
            // The button leaves its placeholder selected: typing replaces it.
            body.sendKeys("mercredi");
            body.sendKeys(Keys.END, " soir ");
            body.sendKeys(Keys.chord(Keys.CONTROL, "i"));
            body.sendKeys("ouvert");
            assertThat(body.getAttribute("value")).isEqualTo("Le café **mercredi** soir *ouvert*");

            awaitText(".preview .post-body strong", "mercredi");
            awaitText(".preview .post-body em", "ouvert");
            awaitText(".editor-length", "5 mots · 1 min de lecture");
            body.sendKeys(Keys.END, " à tous les membres");
            awaitText(".editor-length", "9 mots · 1 min de lecture");
            body.sendKeys(Keys.END, Keys.ENTER, Keys.ENTER, "Programme");
            browser.findElement(By.cssSelector("button[aria-label=Intertitre]")).click();
            awaitText(".preview .post-body h2", "Programme");
            body.sendKeys(
                    " du jour", Keys.chord(Keys.SHIFT, Keys.CONTROL, Keys.ARROW_LEFT), Keys.chord(Keys.CONTROL, "b"));
            assertThat(body.getAttribute("value")).endsWith("\n\n## Programme du **jour**");
            body.sendKeys(Keys.chord(Keys.CONTROL, "b"));
            assertThat(body.getAttribute("value")).endsWith("\n\n## Programme du jour");
            awaitText(".editor-length", "12 mots · 1 min de lecture");

            // The toolbar is one tab stop; arrows move along it.
            WebElement bold = browser.findElement(By.cssSelector("button[aria-label=Gras]"));
            bold.sendKeys(Keys.ARROW_RIGHT);
            assertThat(browser.switchTo().activeElement().getAttribute("aria-label"))
                    .isEqualTo("Italique");

            assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
            Browser.screenshot(browser, "20-editeur-bureau");
            browser.manage().window().setSize(new Dimension(375, 900));
            Browser.fullPageScreenshot(browser, "21-editeur-telephone");

            // The seed's longest post, reopened: rendered beside its text, its length as the site counts it.
            browser.manage().window().setSize(new Dimension(1280, 900));
            Map<String, Object> longest = jdbc.sql(
                            "select id, body_text from blog_post order by length(body_markdown) desc limit 1")
                    .query()
                    .singleRow();
            TextLength length = TextLength.of((String) longest.get("body_text"));
            browser.get(url("/admin/articles/" + longest.get("id")));
            waiting()
                    .until(driver -> !driver.findElement(By.cssSelector(".preview .post-body"))
                            .getText()
                            .isBlank());
            assertThat(browser.findElement(By.cssSelector(".editor-length"))
                            .getText()
                            .replace('\u202F', ' ')
                            .replace('\u00A0', ' '))
                    .isEqualTo(String.format("%d mots · %d min de lecture", length.words(), length.minutes()));
            Browser.screenshot(browser, "22-editeur-long-article-bureau");
            // Writing at the end of the long text: the preview shows the end too, not its first lines.
            WebElement text = browser.findElement(By.id("body"));
            text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Dernier mot ajouté.");
            waiting()
                    .until(
                            driver -> (Boolean)
                                    browser.executeScript(
                                            "const preview = document.querySelector('.preview');"
                                                    + "const last = preview.querySelector('.post-body').lastElementChild;"
                                                    + "return last.textContent.includes('Dernier mot ajouté')"
                                                    + " && preview.scrollTop > 0"
                                                    + " && last.getBoundingClientRect().top < preview.getBoundingClientRect().bottom;"));
            browser.manage().window().setSize(new Dimension(375, 900));
            browser.executeScript("document.querySelector('.editor-toolbar').scrollIntoView()");
            Browser.screenshot(browser, "23-editeur-long-article-telephone");
            assertThat(browser.executeScript("return window.icmfPolicyViolations"))
                    .as("Content-Security-Policy violations")
                    .isEqualTo(List.of());
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
        }
    }
}
