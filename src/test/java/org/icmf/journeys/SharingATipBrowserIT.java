package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.mail.TestMailServer;
import org.icmf.membership.MembershipFixtures;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A member shares a tip from their space (a mistake first, told next to its field), the board approves it, readers
 * find it at /astuces and the member marks another member's tip useful from the public page; on a phone too.
 */
class SharingATipBrowserIT extends BrowserJourney {

    private static final String EMAIL = "camille.astuce@astuces-essai.example";
    private static final String TITLE = "Répondre aux avis négatifs en moins de 24 heures";
    private static final BoardUser MODERATOR = new BoardUser(
            8484, "moderation@icmf.example", "Modératrice ICMF", "{noop}unused", true, EnumSet.of(Role.MODERATOR));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer smtp;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void removeTheMember() {
        jdbc.sql("delete from tips_tip where title = :title")
                .param("title", TITLE)
                .update();
        jdbc.sql("delete from audit_entry where subject_type = 'tip'").update();
        jdbc.sql("delete from security_session where principal_name like 'membre:%'")
                .update();
        for (String table : new String[] {"mail_outbox", "form_attempt", "members_sign_in_link"}) {
            jdbc.sql("delete from " + table + " where " + (table.equals("mail_outbox") ? "recipient" : "email")
                            + " = :email")
                    .param("email", EMAIL)
                    .update();
        }
        jdbc.sql("delete from membership_member where email = :email")
                .param("email", EMAIL)
                .update();
        jdbc.sql("delete from membership_application where email = :email")
                .param("email", EMAIL)
                .update();
    }

    @Test
    void aMemberSharesATipThatReadersFindOnceTheBoardApprovedIt(
            @Autowired MembershipApplications applications, @Autowired MembershipReview review) throws Exception {
        long application = MembershipFixtures.confirmedApplication(
                applications, jdbc, MembershipFixtures.applicantInTours("Camille", "Astuce", EMAIL));
        review.accept(application, new Actor(8484L, "Modératrice ICMF"));
        smtp.deliver();
        String policy = recordPolicyViolations();

        signIn();
        clickToNextPage(browser.findElement(By.linkText("Partager une astuce ou voir les miennes")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mes astuces");

        new Select(browser.findElement(By.id("label"))).selectByVisibleText("Modération");
        browser.findElement(By.id("body")).sendKeys("Répondez **en public** puis proposez un échange en privé.");
        takeTheTimeAPersonTakes();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Envoyer mon astuce']")));
        assertThat(browser.findElement(By.id("title-erreur")).getText()).isEqualTo("Donnez un titre à votre astuce.");
        assertThat(new Select(browser.findElement(By.id("label")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Modération");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "70-astuces-formulaire-erreur");

        browser.findElement(By.id("title")).sendKeys(TITLE);
        takeTheTimeAPersonTakes();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Envoyer mon astuce']")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("Merci ! Votre astuce sera en ligne dès que le bureau l’aura relue.");
        assertThat(browser.findElement(By.cssSelector(".member-list")).getText())
                .contains(TITLE, "en attente de relecture");
        Browser.fullPageScreenshot(browser, "71-astuces-espace-membre");

        long tip = jdbc.sql("select id from tips_tip where title = :title")
                .param("title", TITLE)
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/astuces/" + tip + "/approuver")
                .with(user(MODERATOR))
                .with(csrf()));
        useTheSitesCsrfCookies();

        browser.get(url("/"));
        clickToNextPage(
                browser.findElement(By.cssSelector(".site-footer")).findElement(By.linkText("Astuces des membres")));
        assertThat(browser.findElements(By.cssSelector("article.tip-summary h2"))
                        .get(0)
                        .getText())
                .isEqualTo(TITLE);
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "72-astuces-liste");

        clickToNextPage(browser.findElement(By.linkText(TITLE)));
        assertThat(browser.findElement(By.cssSelector(".post-body strong")).getText())
                .isEqualTo("en public");
        assertThat(browser.findElement(By.cssSelector(".tip-meta")).getText()).contains("Camille A.");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "73-astuce");

        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Marquer comme utile']")));
        Browser.awaitUrl(browser, "/espace-membre/astuces/" + tip);
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("C’est noté : cette astuce vous a été utile.");
        assertThat(browser.findElement(By.cssSelector(".tip-meta")).getText()).contains("utile à 1 membre");
        assertThat(browser.executeScript("return window.icmfPolicyViolations"))
                .asList()
                .isEmpty();
        browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", policy));
        Browser.fullPageScreenshot(browser, "74-astuce-utile");

        browser.manage().window().setSize(new Dimension(375, 800));
        browser.get(url("/astuces"));
        Browser.fullPageScreenshot(browser, "75-astuces-liste-375px");
        browser.get(url("/astuces/"
                + jdbc.sql("select slug from tips_tip where id = :id")
                        .param("id", tip)
                        .query(String.class)
                        .single()));
        Browser.fullPageScreenshot(browser, "76-astuce-375px");
        browser.get(url("/espace-membre/astuces"));
        Browser.fullPageScreenshot(browser, "77-astuces-espace-membre-375px");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Asks for a sign-in link and signs in with the button of the page it opens. */
    private void signIn() throws Exception {
        browser.get(url("/espace-membre"));
        browser.findElement(By.id("email")).sendKeys(EMAIL);
        takeTheTimeAPersonTakes();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Recevoir un lien de connexion']")));
        smtp.deliver();
        String link = smtp.receivedBy(EMAIL).stream()
                .filter(mail -> subject(mail).startsWith("Votre lien de connexion"))
                .map(SharingATipBrowserIT::signInPath)
                .reduce((first, second) -> second)
                .orElseThrow();
        browser.get(url(link));
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Me connecter']")));
        Browser.awaitUrl(browser, "/espace-membre");
    }

    private static String signInPath(MimeMessage mail) {
        try {
            Matcher link = Pattern.compile("http://localhost:8080(/espace-membre/connexion/[A-Za-z0-9_-]{43})")
                    .matcher((String) mail.getContent());
            return link.find() ? link.group(1) : "";
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
