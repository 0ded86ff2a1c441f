package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor comments on the job profile in a real browser — a forgotten box first, then the comment waits for
 * moderation —; a moderator logs in, approves it in the queue and answers it in the association's name; both show
 * on the page.
 */
class CommentingBrowserIT extends BrowserJourney {

    private static final String PASSWORD = "phrase de passe de la modération";
    private static final String EMAIL = "camille.martin@commentaires.example";

    @Autowired
    BoardAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheComments() {
        jdbc.sql("delete from comment where author_email = :email")
                .param("email", EMAIL)
                .update();
        jdbc.sql("delete from mail_outbox where recipient = :email")
                .param("email", EMAIL)
                .update();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void visitorCommentsTheJobProfileAndAModeratorApprovesIt() throws Exception {
        browser.get(url("/le-metier"));
        assertThat(browser.findElement(By.id("commenter")).getText()).isEqualTo("Laisser un commentaire");
        type("comment-name", "Camille Martin");
        type("comment-email", EMAIL);
        type("comment-website", "www.camille-martin.example");
        type("comment-text", "Merci pour ce profil.\n\nJ’ajouterais la veille : voir https://icmf.example/veille.");
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Envoyer le commentaire']")));

        // The consent box was forgotten: the form comes back with what was typed and a French message.
        assertThat(browser.findElement(By.id("comment-consent-erreur")).getText())
                .startsWith("Cochez cette case");
        assertThat(browser.findElement(By.id("comment-name")).getAttribute("value"))
                .isEqualTo("Camille Martin");
        assertThat(browser.findElement(By.id("comment-text")).getAttribute("value"))
                .startsWith("Merci pour ce profil.");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "50-commentaire-erreurs");

        browser.findElement(By.cssSelector("label[for=comment-consent]")).click();
        browser.findElement(By.cssSelector("label[for=comment-notify]")).click();
        takeTheTimeAPersonTakes();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Envoyer le commentaire']")));
        Browser.awaitUrl(browser, "/le-metier?commentaire=attente");
        assertThat(browser.findElement(By.cssSelector("#commentaires .flash")).getText())
                .startsWith("Merci ! Votre commentaire est en attente de modération");
        assertThat(browser.findElements(By.cssSelector("#commentaires .comment")))
                .isEmpty();
        Browser.screenshot(browser, "51-commentaire-en-attente");

        String moderator = "moderation-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(moderator, "Dominique Modération", PASSWORD, EnumSet.of(Role.MODERATOR), Actor.SYSTEM);
        browser.get(url("/admin/commentaires"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/connexion");
        type("email", moderator);
        type("password", PASSWORD);
        clickToNextPage(browser.findElement(By.cssSelector("form.form button[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Commentaires");
        WebElement row = browser.findElement(By.xpath("//tbody/tr[.//strong[normalize-space()='Camille Martin']]"));
        assertThat(row.getText())
                .contains(EMAIL, "https://www.camille-martin.example", "Le métier de community manager");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "52-moderation-file-d-attente");
        row.findElement(By.cssSelector("input[type=checkbox]")).click();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Approuver']")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .startsWith("C'est fait : les commentaires choisis sont approuvés");

        // The association answers it, from the comment's page, found in the approved folder.
        clickToNextPage(browser.findElement(By.partialLinkText("Approuvés (")));
        clickToNextPage(browser.findElement(By.xpath("//tbody/tr[.//strong[normalize-space()='Camille Martin']]"))
                .findElement(By.partialLinkText("Ouvrir, modifier ou répondre")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Commentaire de Camille Martin");
        type("reply-text", "Merci Camille ! La veille aura sa place dans la prochaine version du profil.");
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Publier la réponse']")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("Réponse publiée au nom de l'association.");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "53-moderation-reponse");
        browser.get(url("/admin/commentaires/sujets"));
        assertThat(browser.findElement(By.xpath("//tr[td[1][normalize-space()='Le métier de community manager']]"))
                        .getText())
                .contains("Ouverts", "2 publié(s)");
        Browser.fullPageScreenshot(browser, "54-moderation-sujets");

        browser.get(url("/le-metier"));
        WebElement comment = browser.findElement(By.cssSelector("#commentaires .comment"));
        assertThat(comment.findElement(By.cssSelector(".comment-author")).getText())
                .isEqualTo("Camille Martin");
        assertThat(comment.findElement(By.cssSelector(".comment-author a")).getAttribute("href"))
                .isEqualTo("https://www.camille-martin.example/");
        assertThat(comment.findElement(By.cssSelector(".comment-body a")).getAttribute("rel"))
                .isEqualTo("nofollow ugc noopener");
        assertThat(browser.findElement(By.id("commentaires-titre")).getText()).isEqualTo("2 commentaires");
        assertThat(browser.findElement(By.cssSelector("#commentaires .comment-replies .from-board .board-badge"))
                        .getText())
                .isEqualTo("Réponse de l’ICMF");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "55-commentaire-publie");
        Browser.phoneWidth(browser);
        Browser.fullPageScreenshot(browser, "56-commentaire-publie-360px");
    }
}
