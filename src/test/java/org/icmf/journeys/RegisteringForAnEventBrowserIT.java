package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.icmf.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A visitor registers for an upcoming café in a real browser, sees the confirmation, receives the e-mail
 * through a real SMTP server (GreenMail), and cancels with the link it contains.
 */
class RegisteringForAnEventBrowserIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.icmf.events.EventEditor editor;


    @AfterEach
    void removeTheEvent() {
        jdbc.sql("delete from event where title = 'Café des Community managers de Tours'").update();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void visitorRegistersGetsTheEmailAndCancelsWithItsLink() throws Exception {
        long id = editor.create(new org.icmf.events.EventForm("Café des Community managers de Tours", "", "CAFE",
                "Inscrivez-vous, c'est gratuit. Et venez accompagné(e).", "2030-04-17T18:00", "", "Le Bistrot",
                "1 place Plumereau", "37000", "Tours", "France", "À l'étage", "", "Antenne Centre", "gratuit", "20", "2",
                "", null), new org.icmf.web.Actor(null, "Essai"));

        browser.get(url("/evenements"));
        browser.findElement(By.linkText("Café des Community managers de Tours")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Café des Community managers de Tours");
        type("firstName", "Camille");
        type("lastName", "Martin");
        type("email", "pas-une-adresse");
        browser.findElement(By.xpath("//button[normalize-space()='S’inscrire']")).click();
        assertThat(browser.findElement(By.id("email-erreur")).getText()).startsWith("Cette adresse e-mail n'est pas valide");
        assertThat(browser.findElement(By.id("consent-erreur")).getText()).startsWith("Cochez cette case");
        assertThat(browser.findElement(By.id("firstName")).getAttribute("value")).isEqualTo("Camille");
        Browser.fullPageScreenshot(browser, "40-inscription-erreurs");

        type("email", "camille.martin@example.org");
        type("companions", "1");
        browser.findElement(By.cssSelector("label[for=consent]")).click();
        browser.findElement(By.xpath("//button[normalize-space()='S’inscrire']")).click();
        Browser.awaitUrl(browser, "/evenements/inscription/");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("Merci ! Votre inscription est confirmée.");
        Browser.screenshot(browser, "41-inscription-confirmee");

        // The outbox's scheduled sender delivers it (every icmf.mail.send-interval, 10 s by default).
        assertThat(SMTP.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("camille.martin@example.org");
        assertThat(mail.getSubject()).isEqualTo("Inscription confirmée : Café des Community managers de Tours");
        String body = (String) mail.getContent();
        assertThat(body).contains("Bonjour Camille", "Le Bistrot", "Avec 1 accompagnant(s).");
        Matcher link = Pattern.compile("http://localhost:8080(/evenements/inscription/[A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as(body).isTrue();

        browser.get(url(link.group(1)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Votre inscription");
        browser.findElement(By.xpath("//button[normalize-space()='Annuler mon inscription']")).click();
        Browser.awaitUrl(browser, "?annulee");
        assertThat(browser.findElement(By.cssSelector(".form-error")).getText())
                .isEqualTo("Votre inscription est annulée. Merci de nous avoir prévenus.");
        Browser.screenshot(browser, "42-inscription-annulee");
        assertThat(jdbc.sql("select status from event_registration where event_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("CANCELLED");
    }

}
