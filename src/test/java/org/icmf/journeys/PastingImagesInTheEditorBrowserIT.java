package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.icmf.media.TestImages;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A board member pastes an image into a post, describes it in the editor's dialog, sees it in the live preview, picks
 * the cover image in the library's dialog, publishes, and the public page shows both with their text alternative; at
 * desktop and phone width, by keyboard, without a Content-Security-Policy violation.
 */
class PastingImagesInTheEditorBrowserIT extends BrowserJourney {

    private static final String PASSWORD = "phrase de passe des images";
    private static final String TITLE = "Nos photos du salon des métiers du web";
    private static final String ALT = "Le stand de l’ICMF au salon, trois membres derrière le comptoir";

    /**
     * Pastes a PNG into the text field as a browser does when one presses Ctrl+V with an image in the clipboard: a
     * paste event whose clipboard holds the file (Selenium cannot fill the system clipboard of a headless browser).
     */
    private static final String PASTE = """
            const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
            const clipboard = new DataTransfer();
            clipboard.items.add(new File([bytes], 'stand.png', {type: 'image/png'}));
            document.getElementById('body').dispatchEvent(
                new ClipboardEvent('paste', {clipboardData: clipboard, bubbles: true, cancelable: true}));
            """;

    /** Drops a file named .png onto the text field, as dragging it from the file manager does. */
    private static final String DROP = """
            const files = new DataTransfer();
            files.items.add(new File([arguments[0]], 'affiche.png', {type: 'image/png'}));
            const body = document.getElementById('body');
            body.dispatchEvent(new DragEvent('dragover', {dataTransfer: files, bubbles: true, cancelable: true}));
            body.dispatchEvent(new DragEvent('drop', {dataTransfer: files, bubbles: true, cancelable: true}));
            """;

    @Autowired
    BoardAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeThePostAndItsImage() {
        jdbc.sql("delete from blog_post where slug like 'nos-photos-du-salon-des-metiers-du-web%'")
                .update();
        jdbc.sql("delete from media_image where alt_text = :alt")
                .param("alt", ALT)
                .update();
    }

    private static boolean isOpen(String dialogId) {
        return Boolean.TRUE.equals(
                browser.executeScript("return document.getElementById(arguments[0]).open", dialogId));
    }

    private static void awaitOpen(String dialogId, boolean open) {
        waiting().until(driver -> isOpen(dialogId) == open);
    }

    private static String focused() {
        WebElement active = browser.switchTo().activeElement();
        String id = active.getAttribute("id");
        return id == null || id.isEmpty() ? active.getAttribute("aria-label") + active.getText() : id;
    }

    @Test
    void boardMemberPastesAnImageDescribesItAndFindsItOnThePublishedPost() {
        String email = "images-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(email, "Sacha Images", PASSWORD, EnumSet.of(Role.EDITOR), Actor.SYSTEM);
        String recorder = recordPolicyViolations();
        try {
            signInAt("/admin/articles/nouveau", email, PASSWORD);
            browser.findElement(By.id("title")).sendKeys(TITLE);
            WebElement body = browser.findElement(By.id("body"));
            // The last word in italics, the caret still before its closing asterisk.
            body.sendKeys("Merci à celles et ceux qui sont passés nous ", Keys.chord(Keys.CONTROL, "i"), "voir");

            // Dropped, a file that only claims to be an image: the library's French refusal, in the dialog.
            browser.executeScript(DROP, "<html><script>alert(1)</script></html>");
            awaitOpen("image-alt-dialog", true);
            browser.switchTo().activeElement().sendKeys("Une affiche", Keys.ENTER);
            waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("image-alt-error"), "n'est pas une image JPEG, PNG, WebP ou SVG"));
            assertThat(focused()).isEqualTo("image-alt-text");
            browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            awaitOpen("image-alt-dialog", false);
            assertThat(body.getAttribute("value")).isEqualTo("Merci à celles et ceux qui sont passés nous *voir*");

            // Pasted: the dialog asks for the text alternative first, and will not go on without one.
            browser.executeScript(PASTE, Base64.getEncoder().encodeToString(TestImages.png(120, 80, 16)));
            awaitOpen("image-alt-dialog", true);
            assertThat(focused()).isEqualTo("image-alt-text");
            waiting()
                    .until(ExpectedConditions.attributeContains(
                            By.cssSelector("#image-alt-dialog .media-dialog-image"), "src", "data:image/png;base64,"));
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            assertThat(browser.findElement(By.id("image-alt-error")).getText())
                    .startsWith("Saisissez un texte alternatif");
            assertThat(isOpen("image-alt-dialog")).isTrue();
            assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
            Browser.screenshot(browser, "30-editeur-image-collee-bureau");
            // The refusal goes as soon as the text is valid, and comes back only with a new invalid attempt.
            WebElement altError = browser.findElement(By.id("image-alt-error"));
            WebElement altText = browser.findElement(By.id("image-alt-text"));
            altText.sendKeys("L");
            assertThat(altError.isDisplayed()).isFalse();
            assertThat(altText.getAttribute("aria-invalid")).isEqualTo("false");
            altText.sendKeys(Keys.BACK_SPACE);
            assertThat(altError.isDisplayed()).isFalse();
            altText.sendKeys(Keys.ENTER);
            assertThat(altError.isDisplayed()).isTrue();
            assertThat(altText.getAttribute("aria-invalid")).isEqualTo("true");
            browser.switchTo().activeElement().sendKeys(ALT, Keys.ENTER);

            // Uploaded to the library, its Markdown after the italics (not inside them), rendered by the live preview.
            awaitOpen("image-alt-dialog", false);
            assertThat(focused()).isEqualTo("body");
            String url = jdbc.sql("select '/media/' || substr(sha256, 1, 16) || '.png' from media_image"
                            + " where alt_text = :alt")
                    .param("alt", ALT)
                    .query(String.class)
                    .single();
            assertThat(body.getAttribute("value"))
                    .isEqualTo("Merci à celles et ceux qui sont passés nous *voir*\n\n![" + ALT + "](" + url + ")\n\n");
            String thumbnailUrl = url.replace("/media/", "/media/vignettes/");
            WebElement previewed = waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".preview .post-body img")));
            assertThat(previewed.getAttribute("alt")).isEqualTo(ALT);
            assertThat(previewed.getAttribute("src")).endsWith(url);
            awaitText(".preview .post-body em", "voir");
            body.sendKeys("Rendez-vous");

            // The cover image: picked in the library's dialog, searched, by keyboard; its thumbnail beside the field.
            WebElement coverButton = browser.findElement(By.cssSelector("[data-media-cover]"));
            coverButton.click();
            awaitOpen("media-picker", true);
            assertThat(focused()).isEqualTo("media-picker-search");
            waiting()
                    .until(driver -> !driver.findElements(By.cssSelector(".media-picker-item"))
                            .isEmpty());
            browser.switchTo().activeElement().sendKeys("trois MEMBRES");
            waiting()
                    .until(driver -> driver.findElements(By.cssSelector(".media-picker-item"))
                                    .size()
                            == 1);
            assertThat(browser.findElement(By.cssSelector(".media-picker-item")).getText())
                    .contains(ALT, "stand.png");
            assertThat(browser.findElement(By.cssSelector(".media-picker-item img"))
                            .getAttribute("src"))
                    .endsWith(thumbnailUrl);
            Browser.screenshot(browser, "31-editeur-mediatheque-bureau");
            assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            assertThat(browser.switchTo().activeElement().getText()).contains(ALT);
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            awaitOpen("media-picker", false);
            assertThat(browser.findElement(By.id("coverImage")).getAttribute("value"))
                    .isEqualTo(url);
            WebElement thumbnail = browser.findElement(By.cssSelector(".cover-thumbnail"));
            assertThat(thumbnail.isDisplayed()).isTrue();
            assertThat(thumbnail.getAttribute("src")).endsWith(thumbnailUrl);
            assertThat(browser.switchTo().activeElement()).isEqualTo(coverButton);
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", coverButton);
            Browser.screenshot(browser, "34-editeur-couverture-bureau");

            // On a phone, by keyboard: the caret in bold text, the toolbar's image button opens the library; the
            // chosen image's text is editable before insertion; Escape cancels and gives the focus back.
            browser.manage().window().setSize(new Dimension(375, 900));
            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " l’an ", Keys.chord(Keys.CONTROL, "b"), "prochain");
            body.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
            browser.switchTo().activeElement().sendKeys(Keys.END, Keys.ARROW_LEFT);
            WebElement imageButton = browser.switchTo().activeElement();
            assertThat(imageButton.getAttribute("aria-label")).isEqualTo("Image : insérer une image de la médiathèque");
            imageButton.sendKeys(Keys.ENTER);
            awaitOpen("media-picker", true);
            assertThat(focused()).isEqualTo("media-picker-search");
            waiting()
                    .until(driver -> !driver.findElements(By.cssSelector(".media-picker-item"))
                            .isEmpty());
            Browser.screenshot(browser, "32-editeur-mediatheque-telephone");
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            awaitOpen("image-alt-dialog", true);
            assertThat(browser.findElement(By.id("image-alt-text")).getAttribute("value"))
                    .isEqualTo(ALT);
            Browser.screenshot(browser, "33-editeur-texte-alternatif-telephone");
            browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            awaitOpen("image-alt-dialog", false);
            assertThat(browser.switchTo().activeElement()).isEqualTo(imageButton);
            assertThat(body.getAttribute("value")).endsWith("Rendez-vous l’an **prochain**");

            imageButton.sendKeys(Keys.ENTER);
            awaitOpen("media-picker", true);
            waiting()
                    .until(driver -> !driver.findElements(By.cssSelector(".media-picker-item"))
                            .isEmpty());
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            awaitOpen("image-alt-dialog", true);
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            awaitOpen("image-alt-dialog", false);
            assertThat(focused()).isEqualTo("body");
            assertThat(body.getAttribute("value"))
                    .endsWith("Rendez-vous l’an **prochain**\n\n![" + ALT + "](" + url + ")\n\n");
            awaitText(".preview .post-body strong", "prochain");
            browser.manage().window().setSize(new Dimension(1280, 900));

            browser.findElement(By.cssSelector("label[for=status-published]")).click();
            clickToNextPage(browser.findElement(By.cssSelector("button[value=enregistrer]")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Article publié.");
            assertThat(browser.executeScript("return window.icmfPolicyViolations"))
                    .as("Content-Security-Policy violations")
                    .isEqualTo(List.of());

            browser.get(url("/"));
            clickToNextPage(browser.findElement(By.linkText(TITLE)));
            WebElement cover = browser.findElement(By.cssSelector(".post-cover img"));
            assertThat(cover.getAttribute("src")).endsWith(url);
            assertThat(cover.getAttribute("alt")).isEqualTo(ALT);
            WebElement image = browser.findElement(By.cssSelector(".post-body img"));
            assertThat(image.getAttribute("src")).endsWith(url);
            assertThat(image.getAttribute("alt")).isEqualTo(ALT);
            waiting()
                    .until(driver ->
                            Long.valueOf(120).equals(browser.executeScript("return arguments[0].naturalWidth", image)));
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
        }
    }
}
