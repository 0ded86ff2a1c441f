package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.mail.TestMailServer;
import org.icmf.newsletter.NewsletterRounds;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newsletter in a real browser: a visitor subscribes at /lettre and confirms from the mail's link; an editor
 * composes an issue at /admin/lettres, previews it, sends it; the visitor receives it and the archive shows it.
 */
class SubscribingToTheNewsletterBrowserIT extends BrowserJourney {

    private static final String EDITOR = "redaction-" + UUID.randomUUID() + "@icmf-essai.example";
    private static final String PASSWORD = "phrase de passe de la rédaction";
    private static final String VISITOR = "lecteur-" + UUID.randomUUID() + "@lettre-essai.example";
    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+/lettre/confirmation/[A-Za-z0-9_-]{43}");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer smtp;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void anEditor(@Autowired BoardAccounts accounts) {
        if (!accounts.emailTaken(EDITOR)) {
            accounts.create(EDITOR, "Rédaction", PASSWORD, EnumSet.of(Role.EDITOR), Actor.SYSTEM);
        }
    }

    @AfterEach
    void removeTheNewsletter() {
        jdbc.sql("delete from newsletter_issue where title = 'La lettre du printemps'")
                .update();
        jdbc.sql("delete from newsletter_subscriber where email = :email")
                .param("email", VISITOR)
                .update();
        jdbc.sql("delete from mail_outbox where recipient in (:visitor, :editor)")
                .param("visitor", VISITOR)
                .param("editor", EDITOR)
                .update();
    }

    @Test
    void aVisitorSubscribesAndTheBoardSendsThemAnIssue() throws Exception {
        browser.get(url("/lettre"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("La lettre d’information de l’ICMF");
        Browser.fullPageScreenshot(browser, "80-lettre-formulaire");
        browser.findElement(By.id("email")).sendKeys(VISITOR);
        takeTheTimeAPersonTakes();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='M’abonner']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText())
                .contains("un e-mail vient d’y être envoyé");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        smtp.deliver();
        MimeMessage confirmation = smtp.receivedBy(VISITOR).get(0);
        Matcher link = CONFIRM_LINK.matcher((String) confirmation.getContent());
        assertThat(link.find()).isTrue();
        browser.get(link.group().replaceFirst("https?://[^/]+", url("")));
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Confirmer mon inscription']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).contains("C’est confirmé");
        Browser.phoneWidth(browser);
        Browser.fullPageScreenshot(browser, "81-lettre-confirmee-360px");
        browser.manage().window().setSize(new Dimension(1280, 900));

        signInAt("/admin/lettres", EDITOR, PASSWORD);
        clickToNextPage(browser.findElement(By.linkText("Composer une lettre")));
        browser.findElement(By.id("title")).sendKeys("La lettre du printemps");
        browser.findElement(By.id("introduction")).sendKeys("Bonjour à **tous** !\n\nVoici les nouvelles.");
        WebElement firstPost = browser.findElement(By.cssSelector("input[name=posts]"));
        browser.findElement(By.cssSelector("label[for='" + firstPost.getAttribute("id") + "']"))
                .click();
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "82-lettre-composer");
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Enregistrer et prévisualiser']")));
        assertThat(browser.findElement(By.cssSelector(".newsletter-preview h2")).getText())
                .isEqualTo("La lettre du printemps");
        assertThat(browser.findElements(By.cssSelector(".newsletter-preview .newsletter-item")))
                .hasSize(1);
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "83-lettre-apercu");

        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='M’envoyer un essai']")));
        browser.findElement(By.cssSelector("label[for=confirm]")).click();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Envoyer à tous les abonnés']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).contains("L’envoi a commencé");
        assertThat(browser.findElement(By.cssSelector("dl.figures")).getText()).contains("Destinataires");
        Browser.fullPageScreenshot(browser, "84-lettre-envoi");
        Browser.phoneWidth(browser);
        Browser.fullPageScreenshot(browser, "85-lettre-envoi-360px");
        browser.manage().window().setSize(new Dimension(1280, 900));

        NewsletterRounds.dispatchAll(context);
        smtp.deliver();
        assertThat(smtp.receivedBy(VISITOR)).extracting(MimeMessage::getSubject).contains("La lettre du printemps");
        assertThat(smtp.receivedBy(EDITOR))
                .extracting(MimeMessage::getSubject)
                .contains("[Essai] La lettre du printemps");

        browser.get(url("/lettre/archives"));
        clickToNextPage(browser.findElement(By.partialLinkText("La lettre du printemps")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("La lettre du printemps");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "86-lettre-archive");
    }
}
