package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone applies for membership on a 360 px wide phone: mistakes explained in French, then success; the mailed link
 * opens a page whose button confirms the address.
 */
class ApplyingForMembershipBrowserIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheApplication() {
        jdbc.sql("delete from mail_outbox where recipient = 'camille.telephone@example.org'")
                .update();
        jdbc.sql("delete from membership_application where email = 'camille.telephone@example.org'")
                .update();
        jdbc.sql("delete from form_attempt where email = 'camille.telephone@example.org'")
                .update();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void applicantOnAPhoneCorrectsMistakesThenConfirmsTheAddressAndReadsHowToPay() throws Exception {
        Browser.phoneWidth(browser);
        browser.get(url("/adherer"));
        type("firstName", "Camille");
        type("email", "camille.telephone@example.org");
        type("phone", "06 12");
        type("feeAmount", "0");
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Envoyer ma demande d’adhésion']")));

        assertThat(browser.findElement(By.cssSelector("p.form-error")).getText())
                .startsWith("Votre demande n’est pas envoyée");
        assertThat(browser.findElement(By.id("lastName-erreur")).getText()).isEqualTo("Indiquez votre nom.");
        assertThat(browser.findElement(By.id("phone-erreur")).getText())
                .startsWith("Ce numéro de téléphone n'est pas valide");
        assertThat(browser.findElement(By.id("feeAmount-erreur")).getText())
                .isEqualTo("Indiquez un montant de 1 € à 5000 €.");
        assertThat(browser.findElement(By.id("firstName")).getAttribute("value"))
                .isEqualTo("Camille");
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling")
                .isTrue();
        Browser.fullPageScreenshot(browser, "50-adhesion-erreurs-telephone");

        type("lastName", "Martin");
        type("phone", "06 12 34 56 78");
        type("streetAddress", "20 bis, rue Alleron");
        type("postalCode", "37000");
        type("city", "Tours");
        new Select(browser.findElement(By.id("region"))).selectByVisibleText("Centre-Val de Loire");
        type("feeAmount", "25");
        browser.findElement(By.cssSelector("label[for=volunteerRegional]")).click();
        browser.findElement(By.cssSelector("label[for=consentStatutes]")).click();
        browser.findElement(By.cssSelector("label[for=consentData]")).click();
        takeTheTimeAPersonTakes();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Envoyer ma demande d’adhésion']")));
        Browser.awaitUrl(browser, "/adherer/merci");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Merci pour votre demande d’adhésion");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("Vérifiez votre messagerie");
        assertThat(browser.findElement(By.cssSelector(".cheque")).getText()).contains("20 bis, rue Alleron");
        Browser.fullPageScreenshot(browser, "51-adhesion-merci-telephone");
        assertThat(jdbc.sql("select phone from membership_application where email = 'camille.telephone@example.org'")
                        .query(String.class)
                        .single())
                .isEqualTo("+33612345678");

        String mail = jdbc.sql("select body_text from mail_outbox where recipient = 'camille.telephone@example.org'")
                .query(String.class)
                .single();
        Matcher link = Pattern.compile("http://localhost:8080(/adherer/confirmation/[A-Za-z0-9_-]{43})")
                .matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        browser.get(url(link.group(1)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Confirmer votre adresse");
        assertThat(jdbc.sql("select status from membership_application where email = 'camille.telephone@example.org'")
                        .query(String.class)
                        .single())
                .as("opening the link confirms nothing")
                .isEqualTo("UNCONFIRMED");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Confirmer mon adresse']")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Adresse confirmée");
        assertThat(browser.findElement(By.cssSelector(".cheque")).getText())
                .contains("Libellez un chèque de 25 €", "20 bis, rue Alleron", "ICMF-");
        Browser.fullPageScreenshot(browser, "52-adhesion-confirmee-telephone");
        assertThat(jdbc.sql("select status from membership_application where email = 'camille.telephone@example.org'")
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
    }
}
