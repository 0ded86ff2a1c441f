package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.UUID;
import org.icmf.mail.TestMailServer;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor writes to the board in a real browser: a mistake first, then the confirmation page; the board's mail
 * (to every administrator, as no board address is set) and the acknowledgment arrive through the context's SMTP
 * server. Reading and sending create no session.
 */
class ContactingTheBoardBrowserIT extends BrowserJourney {

    private static final String BOARD = "bureau-" + UUID.randomUUID() + "@icmf-essai.example";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer smtp;

    @BeforeEach
    void anAdministrator(@Autowired BoardAccounts accounts) {
        if (!accounts.emailTaken(BOARD)) {
            accounts.create(BOARD, "Bureau", "phrase de passe du bureau", EnumSet.of(Role.ADMIN), Actor.SYSTEM);
        }
    }

    @AfterEach
    void removeTheMessage() {
        jdbc.sql("delete from mail_outbox where recipient in (:board, 'lea.moreau@example.org')")
                .param("board", BOARD)
                .update();
        jdbc.sql("delete from contact_message where sender_email = 'lea.moreau@example.org'")
                .update();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void readingTheFormCreatesNoSession() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/contact"))).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().allValues("Set-Cookie"))
                .as("the CSRF token in a cookie, no session")
                .anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .noneMatch(cookie -> cookie.startsWith("SESSION="));
    }

    @Test
    void aVisitorWritesToTheBoardSeesTheConfirmationAndTheBoardGetsTheMail() throws Exception {
        browser.get(url("/"));
        clickToNextPage(browser.findElement(By.cssSelector(".site-footer")).findElement(By.linkText("Contact")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Contact");
        Browser.fullPageScreenshot(browser, "50-contact-formulaire");

        type("name", "Léa Moreau");
        type("email", "lea.moreau@example.org");
        type("organisation", "Radio Val de Loire");
        new Select(browser.findElement(By.id("topic"))).selectByVisibleText("Presse");
        type(
                "message",
                "Bonjour,\nnous préparons une émission sur les community managers <b>en région</b>.\nÀ bientôt !");
        takeTheTimeAPersonTakes();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Envoyer le message']")));
        assertThat(browser.findElement(By.id("consent-erreur")).getText()).startsWith("Cochez cette case");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Léa Moreau");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "51-contact-erreurs");

        browser.findElement(By.cssSelector("label[for=consent]")).click();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Envoyer le message']")));
        Browser.awaitUrl(browser, "/contact/merci");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Merci pour votre message");
        assertThat(browser.findElement(By.cssSelector(".message-text")).getText())
                .contains("nous préparons une émission sur les community managers <b>en région</b>.");
        assertThat(browser.manage().getCookies())
                .extracting(Cookie::getName)
                .isNotEmpty()
                .doesNotContain("SESSION");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "52-contact-envoye");

        smtp.deliver();
        assertThat(smtp.receivedBy(BOARD)).singleElement().satisfies(toBoard -> {
            assertThat(toBoard.getSubject()).isEqualTo("Message de contact (Presse) : Léa Moreau");
            assertThat((String) toBoard.getContent())
                    .contains(
                            "De : Léa Moreau <lea.moreau@example.org>",
                            "Organisation : Radio Val de Loire",
                            "<b>en région</b>",
                            "/admin/messages/");
        });
        assertThat(smtp.receivedBy("lea.moreau@example.org")).singleElement().satisfies(acknowledgment -> {
            assertThat(acknowledgment.getSubject()).isEqualTo("Votre message à l'ICMF est bien reçu");
            assertThat(acknowledgment.getContentType()).startsWith("text/plain");
        });

        Browser.phoneWidth(browser);
        browser.get(url("/contact"));
        Browser.fullPageScreenshot(browser, "53-contact-360px");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
