package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A board member logs in, writes a Markdown post with a label, previews it, publishes it, finds it on the
 * home page, edits it, and restores the earlier version, in a real browser.
 */
class WritingAPostBrowserIT extends BrowserJourney {

    private static final String PASSWORD = "phrase de passe du rédacteur";

    @Autowired
    BoardAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeThePost() {
        jdbc.sql("delete from blog_post where slug like 'cafe-des-community-managers-de-decembre%'")
                .update();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void boardMemberWritesPublishesEditsAndRestoresAPost() {
        String email = "redaction-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(email, "Camille Rédaction", PASSWORD, EnumSet.of(Role.EDITOR), Actor.SYSTEM);

        browser.get(url("/admin/articles"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/connexion");
        Browser.screenshot(browser, "10-admin-connexion");
        type("email", email);
        type("password", PASSWORD);
        clickToNextPage(browser.findElement(By.cssSelector("form.form button[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Articles");

        clickToNextPage(browser.findElement(By.linkText("Écrire un article")));
        type("title", "Café des Community managers de décembre");
        type(
                "body",
                "## Rendez-vous\n\nLe **mercredi 16 décembre** à 18 h, au 1er étage.\n\n- Inscription gratuite\n- Venez accompagné(e)");
        type("labels", "événements");
        clickToNextPage(browser.findElement(By.cssSelector("button[value=apercu]")));
        awaitText(".preview .post-body h2", "Rendez-vous");
        awaitText(".preview .post-body strong", "mercredi 16 décembre");
        Browser.fullPageScreenshot(browser, "11-admin-apercu");

        browser.findElement(By.cssSelector("label[for=status-published]")).click();
        clickToNextPage(browser.findElement(By.cssSelector("button[value=enregistrer]")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Article publié.");

        browser.get(url("/"));
        WebElement newest = browser.findElement(By.cssSelector(".post-summary"));
        assertThat(newest.findElement(By.cssSelector(".post-title")).getText())
                .isEqualTo("Café des Community managers de décembre");
        assertThat(newest.findElement(By.cssSelector(".labels")).getText()).isEqualTo("événements");
        Browser.screenshot(browser, "12-accueil-avec-article");

        browser.get(url("/admin/articles"));
        clickToNextPage(browser.findElement(By.linkText("Café des Community managers de décembre")));
        type("title", "Café de décembre : changement de lieu");
        clickToNextPage(browser.findElement(By.cssSelector("button[value=enregistrer]")));
        // The edit page had no flash message: waiting for one waits for the save to be done.
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Article publié.");
        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector(".post-summary .post-title"))
                        .getText())
                .isEqualTo("Café de décembre : changement de lieu");

        browser.get(url("/admin/articles"));
        clickToNextPage(browser.findElement(By.linkText("Café de décembre : changement de lieu")));
        List<WebElement> versions = browser.findElements(By.cssSelector(".revisions a"));
        assertThat(versions).hasSize(2);
        clickToNextPage(versions.get(1));
        Browser.fullPageScreenshot(browser, "13-admin-version");
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Rétablir cette version']")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .startsWith("La version choisie est rétablie");
        assertThat(browser.findElement(By.id("title")).getAttribute("value"))
                .isEqualTo("Café des Community managers de décembre");

        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector(".post-summary .post-title"))
                        .getText())
                .isEqualTo("Café des Community managers de décembre");
    }
}
