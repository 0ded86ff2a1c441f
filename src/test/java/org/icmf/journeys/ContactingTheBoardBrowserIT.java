package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.icmf.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A visitor writes to the board in a real browser: a mistake first, then the confirmation page; the board's mail
 * and the acknowledgment arrive through a real SMTP server (GreenMail). Reading and sending create no session.
 * The board's address is set (ICMF_CONTACT_EMAIL), and the minimum fill time lowered to 1 s so the test need not
 * wait the default 3 s.
 */
class ContactingTheBoardBrowserIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpAndSettings(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("icmf.mail.send-interval", () -> "1s");
        registry.add("icmf.contact.board-email", () -> "bureau@icmf-essai.example");
        registry.add("icmf.spam.minimum-fill-time", () -> "1s");
    }

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheMessage() {
        jdbc.sql("delete from mail_outbox where recipient in ('bureau@icmf-essai.example', 'lea.moreau@example.org')").update();
        jdbc.sql("delete from contact_message where sender_email = 'lea.moreau@example.org'").update();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void readingTheFormCreatesNoSession() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/contact")))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().allValues("Set-Cookie")).as("the CSRF token in a cookie, no session")
                .anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN=")).noneMatch(cookie -> cookie.startsWith("SESSION="));
    }

    @Test
    void aVisitorWritesToTheBoardSeesTheConfirmationAndTheBoardGetsTheMail() throws Exception {
        browser.get(url("/"));
        browser.findElement(By.cssSelector(".site-footer")).findElement(By.linkText("Contact")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Contact");
        Browser.fullPageScreenshot(browser, "50-contact-formulaire");

        type("name", "Léa Moreau");
        type("email", "lea.moreau@example.org");
        type("organisation", "Radio Val de Loire");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("topic"))).selectByVisibleText("Presse");
        type("message", "Bonjour,\nnous préparons une émission sur les community managers <b>en région</b>.\nÀ bientôt !");
        Thread.sleep(1_100);
        browser.findElement(By.xpath("//button[normalize-space()='Envoyer le message']")).click();
        assertThat(browser.findElement(By.id("consent-erreur")).getText()).startsWith("Cochez cette case");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Léa Moreau");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "51-contact-erreurs");

        browser.findElement(By.cssSelector("label[for=consent]")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Envoyer le message']")).click();
        Browser.awaitUrl(browser, "/contact/merci");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Merci pour votre message");
        assertThat(browser.findElement(By.cssSelector(".message-text")).getText())
                .contains("nous préparons une émission sur les community managers <b>en région</b>.");
        assertThat(browser.manage().getCookies()).extracting(Cookie::getName).doesNotContain("SESSION");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "52-contact-envoye");

        assertThat(SMTP.waitForIncomingEmail(30_000, 2)).isTrue();
        MimeMessage toBoard = Arrays.stream(SMTP.getReceivedMessages())
                .filter(mail -> recipient(mail).equals("bureau@icmf-essai.example")).findFirst().orElseThrow();
        assertThat(toBoard.getSubject()).isEqualTo("Message de contact (Presse) : Léa Moreau");
        assertThat((String) toBoard.getContent()).contains("De : Léa Moreau <lea.moreau@example.org>",
                "Organisation : Radio Val de Loire", "<b>en région</b>", "/admin/messages/");
        MimeMessage acknowledgment = Arrays.stream(SMTP.getReceivedMessages())
                .filter(mail -> recipient(mail).equals("lea.moreau@example.org")).findFirst().orElseThrow();
        assertThat(acknowledgment.getSubject()).isEqualTo("Votre message à l'ICMF est bien reçu");
        assertThat(acknowledgment.getContentType()).startsWith("text/plain");

        Browser.phoneWidth(browser);
        browser.get(url("/contact"));
        Browser.fullPageScreenshot(browser, "53-contact-360px");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
