package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.events.EventEditor;
import org.icmf.events.EventForm;
import org.icmf.mail.TestMailServer;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor signs up for an upcoming café in a real browser, is asked to check their mail, receives the confirmation
 * link through the context's SMTP server, confirms with the button of the page it opens, receives the registration's
 * mail and cancels with the personal link it contains.
 */
class RegisteringForAnEventBrowserIT extends BrowserJourney {

    @Autowired
    TestMailServer smtp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventEditor editor;

    @AfterEach
    void removeTheEvent() {
        jdbc.sql("delete from event where title = 'Café des Community managers de Tours'")
                .update();
        jdbc.sql("delete from mail_outbox where recipient = 'camille.martin@example.org'")
                .update();
        jdbc.sql("delete from event_mail_request").update();
    }

    /** The path of the link of this pattern in a mail's body. */
    private static String link(MimeMessage mail, String path) throws Exception {
        String body = (String) mail.getContent();
        Matcher link = Pattern.compile("http://localhost:8080(" + path + "[A-Za-z0-9_-]{43})")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void visitorRegistersGetsTheEmailAndCancelsWithItsLink() throws Exception {
        long id = editor.create(
                new EventForm(
                        "Café des Community managers de Tours",
                        "",
                        "CAFE",
                        "Inscrivez-vous, c'est gratuit. Et venez accompagné(e).",
                        "2030-04-17T18:00",
                        "",
                        "Le Bistrot",
                        "1 place Plumereau",
                        "37000",
                        "Tours",
                        "France",
                        "À l'étage",
                        "",
                        "Antenne Centre",
                        "gratuit",
                        "20",
                        "2",
                        "",
                        null),
                new Actor(null, "Essai"));

        browser.get(url("/evenements"));
        clickToNextPage(browser.findElement(By.linkText("Café des Community managers de Tours")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Café des Community managers de Tours");
        type("firstName", "Camille");
        type("lastName", "Martin");
        type("email", "pas-une-adresse");
        takeTheTimeAPersonTakes();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='S’inscrire']")));
        assertThat(browser.findElement(By.id("email-erreur")).getText())
                .startsWith("Cette adresse e-mail n'est pas valide");
        assertThat(browser.findElement(By.id("consent-erreur")).getText()).startsWith("Cochez cette case");
        assertThat(browser.findElement(By.id("firstName")).getAttribute("value"))
                .isEqualTo("Camille");
        Browser.fullPageScreenshot(browser, "40-inscription-erreurs");

        type("email", "camille.martin@example.org");
        type("companions", "1");
        browser.findElement(By.cssSelector("label[for=consent]")).click();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='S’inscrire']")));
        Browser.awaitUrl(browser, "/verification");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vérifiez votre messagerie");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.screenshot(browser, "41-inscription-verifiez-votre-messagerie");
        assertThat(jdbc.sql("select status from event_registration where event_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("no seat before the address is confirmed")
                .isEqualTo("PENDING");

        // The outbox's sender delivers the confirmation link; it quotes nothing typed in the form.
        smtp.deliver();
        assertThat(smtp.receivedBy("camille.martin@example.org")).hasSize(1);
        MimeMessage confirmation = smtp.receivedBy("camille.martin@example.org").get(0);
        assertThat(confirmation.getSubject())
                .isEqualTo("Confirmez votre inscription : Café des Community managers de Tours");
        assertThat((String) confirmation.getContent()).doesNotContain("Camille", "Martin");

        browser.get(url(link(confirmation, "/evenements/confirmation/")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Confirmer votre inscription");
        assertThat(browser.findElement(By.cssSelector(".event-facts")).getText())
                .contains("Camille Martin");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Confirmer mon inscription']")));
        Browser.awaitUrl(browser, "/evenements/inscription/");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .startsWith("Merci ! Votre inscription est confirmée.");
        Browser.screenshot(browser, "42-inscription-confirmee");

        smtp.deliver();
        assertThat(smtp.receivedBy("camille.martin@example.org")).hasSize(2);
        MimeMessage mail = smtp.receivedBy("camille.martin@example.org").get(1);
        assertThat(mail.getSubject()).isEqualTo("Inscription confirmée : Café des Community managers de Tours");
        assertThat((String) mail.getContent()).contains("Bonjour Camille", "Le Bistrot", "Avec 1 accompagnant(s).");

        browser.get(url(link(mail, "/evenements/inscription/")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Votre inscription");
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Annuler mon inscription']")));
        Browser.awaitUrl(browser, "?annulee");
        assertThat(browser.findElement(By.cssSelector(".form-error")).getText())
                .isEqualTo("Votre inscription est annulée. Merci de nous avoir prévenus.");
        Browser.screenshot(browser, "43-inscription-annulee");
        assertThat(jdbc.sql("select status from event_registration where event_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
    }
}
