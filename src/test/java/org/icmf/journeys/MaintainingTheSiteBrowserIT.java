package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.icmf.media.TestImages;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator uploads an image, writes a new page showing it and puts the page in the menu, deletes
 * the page (it leaves the site), restores it from the trash, then reads all of it in the audit log.
 */
class MaintainingTheSiteBrowserIT extends BrowserJourney {

    private static final String PASSWORD = "phrase de passe de la présidence";

    @Autowired
    BoardAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeWhatWasCreated() {
        jdbc.sql("delete from site_page where slug = 'nos-partenaires'").update();
        jdbc.sql("delete from media_image where original_file_name = 'partenaires.png'")
                .update();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit(String label) {
        clickToNextPage(browser.findElement(By.xpath("//main//button[normalize-space()=\"" + label + "\"]")));
    }

    @Test
    void administratorAddsAPageWithAnImageToTheMenuTrashesAndRestoresItAndFindsItAllInTheJournal() throws IOException {
        String email = "presidence-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(email, "Olivier Présidence", PASSWORD, EnumSet.of(Role.ADMIN), Actor.SYSTEM);
        Path image = Files.createTempDirectory("icmf").resolve("partenaires.png");
        Files.write(image, TestImages.png(120, 60, 5));

        browser.get(url("/admin/connexion"));
        type("email", email);
        type("password", PASSWORD);
        clickToNextPage(browser.findElement(By.cssSelector("form.form button[type=submit]")));
        Browser.awaitUrl(browser, "/admin");

        browser.get(url("/admin/medias"));
        browser.findElement(By.id("file")).sendKeys(image.toString());
        type("altText", "Logos des partenaires de l'ICMF");
        submit("Ajouter l’image");
        String markdown = browser.findElement(By.id("markdown")).getAttribute("value");
        assertThat(markdown).matches("!\\[Logos des partenaires de l'ICMF]\\(/media/[0-9a-f]{16}\\.png\\)");
        Browser.fullPageScreenshot(browser, "30-admin-image");

        browser.get(url("/admin/pages"));
        clickToNextPage(browser.findElement(By.linkText("Créer une page")));
        type("title", "Nos partenaires");
        type("body", "Ils soutiennent l'ICMF.\n\n" + markdown);
        type("navTitle", "Partenaires");
        type("navOrder", "5");
        submit("Enregistrer et mettre en ligne");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("Page enregistrée : elle est en ligne.");

        browser.get(url("/"));
        clickToNextPage(browser.findElement(By.linkText("Partenaires")));
        assertThat(browser.getCurrentUrl()).endsWith("/nos-partenaires");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nos partenaires");
        WebElement shown = browser.findElement(By.cssSelector(".page-body img"));
        assertThat(shown.getAttribute("alt")).isEqualTo("Logos des partenaires de l'ICMF");
        assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", shown)).intValue())
                .as("the image is served and decoded")
                .isEqualTo(120);
        Browser.screenshot(browser, "31-page-partenaires");

        browser.get(url("/admin/pages"));
        clickToNextPage(browser.findElement(By.linkText("Nos partenaires")));
        clickToNextPage(browser.findElement(By.linkText("Mettre la page à la corbeille…")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mettre cette page à la corbeille ?");
        Browser.screenshot(browser, "32-confirmation-corbeille");
        submit("Oui, mettre la page à la corbeille");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .startsWith("La page est dans la corbeille.");
        browser.get(url("/nos-partenaires"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
        assertThat(browser.findElements(By.linkText("Partenaires"))).isEmpty();

        browser.get(url("/admin/pages/corbeille"));
        submit("Restaurer « Nos partenaires »");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("La page est restaurée et de nouveau en ligne.");
        browser.get(url("/nos-partenaires"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nos partenaires");

        browser.get(url("/admin/journal"));
        new Select(browser.findElement(By.id("personne"))).selectByVisibleText("Olivier Présidence");
        submit("Filtrer");
        assertThat(browser.findElements(By.cssSelector("tbody tr")).stream()
                        .map(WebElement::getText)
                        .toList())
                .anySatisfy(row -> assertThat(row).contains("a sorti de la corbeille la page", "Nos partenaires"))
                .anySatisfy(row -> assertThat(row).contains("a mis à la corbeille la page", "Nos partenaires"))
                .anySatisfy(row -> assertThat(row).contains("a créé la page", "Nos partenaires"))
                .anySatisfy(row -> assertThat(row).contains("a envoyé l'image", "partenaires.png"));
        Browser.fullPageScreenshot(browser, "33-journal");

        long pageId = jdbc.sql("select id from site_page where slug = 'nos-partenaires'")
                .query(Long.class)
                .single();
        for (String path : List.of(
                "/admin",
                "/admin/articles",
                "/admin/articles/nouveau",
                "/admin/pages",
                "/admin/pages/" + pageId,
                "/admin/pages/" + pageId + "/supprimer",
                "/admin/pages/corbeille",
                "/admin/medias",
                "/admin/journal",
                "/admin/comptes",
                "/nos-partenaires")) {
            browser.get(url(path));
            assertThat(Browser.seriousAccessibilityViolations(browser)).as(path).isEmpty();
        }
    }
}
