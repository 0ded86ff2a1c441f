package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The president creates a board account for a new editor, who logs in and finds the articles section. */
class ManagingAccountsBrowserIT extends BrowserJourney {

    @Autowired
    BoardAccounts accounts;

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void logIn(String email, String password) {
        browser.get(url("/admin/connexion"));
        type("email", email);
        type("password", password);
        clickToNextPage(browser.findElement(By.cssSelector("form.form button[type=submit]")));
        // The next page's elements, not the login page's, before anything is read from it.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/admin/connexion")));
    }

    @Test
    void administratorCreatesAnEditorWhoThenLogsIn() {
        String president = "presidence-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(
                president, "Présidence", "phrase de passe de la présidence", EnumSet.of(Role.ADMIN), Actor.SYSTEM);
        String editor = "camille-" + UUID.randomUUID() + "@icmf.example";

        logIn(president, "phrase de passe de la présidence");
        clickToNextPage(browser.findElement(By.linkText("Comptes")));
        clickToNextPage(browser.findElement(By.linkText("Créer un compte")));
        type("email", editor);
        type("displayName", "Camille Martin");
        type("password", "court");
        browser.findElement(By.xpath("//label[normalize-space()='Rédacteur']")).click();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Enregistrer']")));
        assertThat(browser.findElement(By.id("password-erreur")).getText())
                .isEqualTo("Le mot de passe initial doit compter 12 caractères au moins.");
        assertThat(browser.findElement(By.id("displayName")).getAttribute("value"))
                .isEqualTo("Camille Martin");
        Browser.fullPageScreenshot(browser, "20-admin-compte-erreur");

        type("password", "phrase de passe initiale de Camille");
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Enregistrer']")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("Compte créé.");
        assertThat(browser.findElement(By.cssSelector("table.list")).getText())
                .contains("Camille Martin", editor, "Rédacteur");
        Browser.screenshot(browser, "21-admin-comptes");

        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Se déconnecter']")));
        Browser.awaitUrl(browser, "?deconnecte");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Vous êtes déconnecté(e).");

        logIn(editor, "phrase de passe initiale de Camille");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tableau de bord");
        assertThat(browser.findElements(By.linkText("Articles"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("nav a[href='/admin/comptes']")))
                .isEmpty();
        browser.get(url("/admin/comptes"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        Browser.screenshot(browser, "22-admin-acces-refuse");
    }
}
