package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.mail.TestMailServer;
import org.icmf.membership.MembershipFixtures;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job board in a real browser: a recruiter proposes an offer at /emplois/proposer (a wrong salary first),
 * confirms it from the mail; a moderator publishes it at /admin/emplois; a reader finds it by region, its page carries
 * its JobPosting data without breaking the CSP; the recruiter closes it from the link they were mailed. A member posts
 * one from their space and, once it is published, withdraws it from there.
 */
class FindingAJobBrowserIT extends BrowserJourney {

    private static final String MODERATOR = "moderation-" + UUID.randomUUID() + "@icmf-essai.example";
    private static final String PASSWORD = "phrase de passe de la modération";
    private static final String RECRUITER = "recruteur-" + UUID.randomUUID() + "@emplois-essai.example";
    private static final String TITLE = "Community manager des bibliothèques";
    private static final String ORGANISATION = "Essai — Ville de Tours";
    private static final String MEMBER = "membre-" + UUID.randomUUID() + "@emplois-essai.example";
    private static final String MEMBERS_TITLE = "Stage community management en médiathèque";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer smtp;

    @BeforeEach
    void aModerator(@Autowired BoardAccounts accounts) {
        if (!accounts.emailTaken(MODERATOR)) {
            accounts.create(MODERATOR, "Modération", PASSWORD, EnumSet.of(Role.MODERATOR), Actor.SYSTEM);
        }
    }

    @AfterEach
    void removeTheOffers() {
        for (String email : List.of(RECRUITER, MEMBER)) {
            jdbc.sql("delete from job_offer where poster_email = :email")
                    .param("email", email)
                    .update();
            jdbc.sql("delete from mail_outbox where recipient = :email")
                    .param("email", email)
                    .update();
            jdbc.sql("delete from form_attempt where email = :email")
                    .param("email", email)
                    .update();
        }
        jdbc.sql("delete from members_sign_in_link where email = :email")
                .param("email", MEMBER)
                .update();
        jdbc.sql("delete from membership_member where email = :email")
                .param("email", MEMBER)
                .update();
        jdbc.sql("delete from membership_application where email = :email")
                .param("email", MEMBER)
                .update();
    }

    private String link(String subject, String pattern) {
        smtp.deliver();
        List<String> links = smtp.receivedBy(RECRUITER).stream()
                .filter(mail -> subject(mail).equals(subject))
                .map(mail -> {
                    try {
                        Matcher link = Pattern.compile("https?://[^/\\s]+(" + pattern + "[A-Za-z0-9_-]{43})")
                                .matcher((String) mail.getContent());
                        return link.find() ? link.group(1) : "";
                    } catch (IOException | MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(links).hasSize(1);
        return links.get(0);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void atWidth(int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
    }

    @Test
    void aRecruitersOfferIsModeratedFoundAndClosed() {
        String policy = recordPolicyViolations();
        browser.get(url("/"));
        clickToNextPage(
                browser.findElement(By.cssSelector(".site-footer")).findElement(By.linkText("Offres d’emploi")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Offres d’emploi");
        clickToNextPage(browser.findElement(By.linkText("Proposer une offre")));

        browser.findElement(By.id("title")).sendKeys(TITLE);
        browser.findElement(By.id("organisation")).sendKeys(ORGANISATION);
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("CDD");
        new Select(browser.findElement(By.id("region"))).selectByVisibleText("Centre-Val de Loire");
        browser.findElement(By.cssSelector("label[for=remote]")).click();
        browser.findElement(By.id("description"))
                .sendKeys(
                        "Animer les **réseaux sociaux** des bibliothèques :\n\n- la page Facebook\n- le compte Instagram");
        browser.findElement(By.id("salaryMin")).sendKeys("abc");
        // The date picker's typing order follows the browser's locale: the day is set as the picker would set it.
        browser.executeScript(
                "document.getElementById('deadline').value = arguments[0]",
                LocalDate.now().plusDays(20).toString());
        browser.findElement(By.id("applyTo")).sendKeys("recrutement@tours-essai.example");
        browser.findElement(By.id("email")).sendKeys(RECRUITER);
        browser.findElement(By.cssSelector("label[for=consent]")).click();
        takeTheTimeAPersonTakes();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Envoyer l’offre']")));
        assertThat(browser.findElement(By.id("salaryMin-erreur")).getText()).contains("Indiquez un montant en euros");
        assertThat(browser.findElement(By.id("salaryMin")).getAttribute("value"))
                .isEqualTo("abc");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "90-emplois-proposer-erreur");
        atWidth(375);
        Browser.fullPageScreenshot(browser, "91-emplois-proposer-erreur-375px");
        atWidth(1280);

        browser.findElement(By.id("salaryMin")).clear();
        browser.findElement(By.id("salaryMin")).sendKeys("28000");
        takeTheTimeAPersonTakes();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Envoyer l’offre']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).contains("un e-mail vient d’être envoyé");

        browser.get(url(link("Confirmez votre offre d'emploi sur le site de l'ICMF", "/emplois/confirmation/")));
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Confirmer mon offre']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).contains("C’est confirmé");

        signInAt("/admin/emplois", MODERATOR, PASSWORD);
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "92-admin-emplois");
        clickToNextPage(browser.findElement(By.linkText(TITLE)));
        assertThat(browser.findElement(By.cssSelector(".job-description strong"))
                        .getText())
                .isEqualTo("réseaux sociaux");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "93-admin-emplois-offre");
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Publier l’offre']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).contains("Offre publiée");
        browser.manage().deleteAllCookies();

        browser.get(url("/emplois"));
        new Select(browser.findElement(By.id("region"))).selectByVisibleText("Centre-Val de Loire");
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Afficher']")));
        assertThat(browser.findElements(By.cssSelector(".job-summary h3")).stream()
                        .map(heading -> heading.getText())
                        .toList())
                .contains(TITLE);
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "94-emplois-liste");
        atWidth(375);
        Browser.fullPageScreenshot(browser, "95-emplois-liste-375px");
        atWidth(1280);

        clickToNextPage(browser.findElement(By.linkText(TITLE)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
        assertThat((String) browser.executeScript(
                        "return document.querySelector('script[type=\"application/ld+json\"]').textContent"))
                .contains("\"@type\":\"JobPosting\"");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        assertThat(browser.executeScript("return window.icmfPolicyViolations"))
                .asList()
                .isEmpty();
        Browser.fullPageScreenshot(browser, "96-emplois-offre");
        atWidth(375);
        Browser.fullPageScreenshot(browser, "97-emplois-offre-375px");
        atWidth(1280);
        browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", java.util.Map.of("identifier", policy));

        browser.get(url(link("Votre offre d'emploi est publiée sur le site de l'ICMF", "/emplois/cloture/")));
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Clore l’offre']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).contains("l’offre est close");
        browser.get(url("/emplois"));
        assertThat(browser.findElements(By.linkText(TITLE))).isEmpty();
    }

    @Test
    void aMemberPostsAnOfferFromTheirSpaceSeesItPublishedAndWithdrawsIt(
            @Autowired MembershipApplications applications, @Autowired MembershipReview review) {
        review.accept(
                MembershipFixtures.confirmedApplication(
                        applications, jdbc, MembershipFixtures.applicantInTours("Camille", "Emploi", MEMBER)),
                Actor.SYSTEM);
        memberSignsIn(jdbc, MEMBER);
        browser.get(url("/espace-membre/emplois"));
        browser.findElement(By.id("title")).sendKeys(MEMBERS_TITLE);
        browser.findElement(By.id("organisation")).sendKeys(ORGANISATION);
        new Select(browser.findElement(By.id("kind"))).selectByValue("STAGE");
        new Select(browser.findElement(By.id("region"))).selectByVisibleText("Centre-Val de Loire");
        browser.findElement(By.id("description")).sendKeys("Animer les réseaux sociaux de la médiathèque.");
        browser.executeScript(
                "document.getElementById('deadline').value = arguments[0]",
                LocalDate.now().plusDays(20).toString());
        browser.findElement(By.id("applyTo")).sendKeys("stages@tours-essai.example");
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Proposer l’offre']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).contains("transmise au bureau");

        signInAt("/admin/emplois", MODERATOR, PASSWORD);
        clickToNextPage(browser.findElement(By.linkText(MEMBERS_TITLE)));
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Publier l’offre']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).contains("Offre publiée");
        String page = "/emplois/"
                + jdbc.sql("select slug from job_offer where poster_email = :email")
                        .param("email", MEMBER)
                        .query(String.class)
                        .single();

        // In the space: published, and a disclosure whose button, naming the offer, confirms the withdrawal.
        browser.get(url("/espace-membre/emplois"));
        WebElement posted = browser.findElement(By.cssSelector("section[aria-labelledby=proposees] li"));
        assertThat(posted.getText()).startsWith(MEMBERS_TITLE + " : Publiée");
        posted.findElement(By.tagName("summary")).click();
        WebElement confirm = posted.findElement(By.xpath(".//button[normalize-space()='Confirmer le retrait']"));
        assertThat(confirm.getAccessibleName()).isEqualTo("Confirmer le retrait de l’offre « " + MEMBERS_TITLE + " »");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "98-espace-membre-emplois");
        atWidth(375);
        Browser.fullPageScreenshot(browser, "98-espace-membre-emplois-375px");
        atWidth(1280);

        clickToNextPage(confirm);
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).contains("votre offre est retirée");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=proposees] li"))
                        .getText())
                .isEqualTo(MEMBERS_TITLE + " : Clôturée");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "99-espace-membre-emplois-retiree");
        atWidth(375);
        Browser.fullPageScreenshot(browser, "99-espace-membre-emplois-retiree-375px");
        atWidth(1280);

        browser.manage().deleteAllCookies();
        browser.get(url(page));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("Cette offre est close");
    }
}
