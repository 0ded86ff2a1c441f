package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import org.icmf.membership.MembershipFixtures;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
import org.icmf.membership.dues.Dues;
import org.icmf.membership.dues.PaymentForm;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.Browser;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The awards in a real browser: the board opens this year's edition at /admin/trophees; a member nominates someone
 * from their space; the board, its dates moved to the shortlist, keeps a finalist; the vote open, the member votes
 * once; the vote closed, the board publishes the results, which the edition's public page shows.
 */
class AwardingTheCommunityManagerBrowserIT extends BrowserJourney {

    private static final String ADMIN = "bureau-" + UUID.randomUUID() + "@icmf-essai.example";
    private static final String PASSWORD = "phrase de passe du bureau";
    private static final String MEMBER = "membre-" + UUID.randomUUID() + "@trophees-essai.example";
    private static final String NOMINEE = "Camille Martin";

    private static final String BANK = "Banque des trophées du parcours";
    /** The site's day (icmf.time-zone), not the machine's: from 23:00 UTC in winter they differ. */
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

    private final int year = today.getYear();

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theBoardAndAMember(
            @Autowired BoardAccounts accounts,
            @Autowired MembershipApplications applications,
            @Autowired MembershipReview review,
            @Autowired Dues dues) {
        if (!accounts.emailTaken(ADMIN)) {
            accounts.create(ADMIN, "Bureau", PASSWORD, EnumSet.of(Role.ADMIN), Actor.SYSTEM);
        }
        removeTheEdition();
        String number = review.accept(
                MembershipFixtures.confirmedApplication(
                        applications, jdbc, MembershipFixtures.applicantInTours("Lou", "Votante", MEMBER)),
                Actor.SYSTEM);
        // Members up to date with this year's dues nominate and vote.
        dues.record(new PaymentForm(number, "30", "4242", BANK, today.toString(), "", ""), Actor.SYSTEM);
    }

    @AfterEach
    void removeTheEdition() {
        jdbc.sql("delete from award_edition where year = :year")
                .param("year", year)
                .update();
        jdbc.sql("delete from blog_post where title like 'Trophées de l’ICMF%'").update();
        jdbc.sql("delete from members_sign_in_link where email = :email")
                .param("email", MEMBER)
                .update();
        jdbc.sql(
                        "delete from membership_due where payment_id in (select id from membership_payment where bank = :bank)")
                .param("bank", BANK)
                .update();
        jdbc.sql("delete from membership_payment where bank = :bank")
                .param("bank", BANK)
                .update();
        jdbc.sql("delete from membership_member where email = :email")
                .param("email", MEMBER)
                .update();
        jdbc.sql("delete from membership_application where email = :email")
                .param("email", MEMBER)
                .update();
    }

    private static void atWidth(int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
    }

    private static void screenshots(String name) {
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, name);
        atWidth(375);
        Browser.fullPageScreenshot(browser, name + "-375px");
        atWidth(1280);
    }

    /** Sets the edition's dates, as offsets in days from today, as the date pickers would. */
    private void dates(int... days) {
        String[] fields = {"nominationsOpen", "nominationsClose", "voteOpen", "voteClose", "resultsOn"};
        for (int i = 0; i < fields.length; i++) {
            browser.executeScript(
                    "document.getElementById(arguments[0]).value = arguments[1]",
                    fields[i],
                    today.plusDays(days[i]).toString());
        }
    }

    private void moveTheEdition(int... days) {
        browser.get(url("/admin/trophees/" + year));
        dates(days);
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Enregistrer']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).isEqualTo("Édition enregistrée.");
    }

    @Test
    void nominateShortlistVoteAndPublishTheResults() {
        signInAt("/admin/trophees", ADMIN, PASSWORD);
        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys(Integer.toString(year));
        dates(-5, 5, 10, 20, 30);
        browser.findElement(By.id("voteOpen")).clear();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Ouvrir l’édition']")));
        assertThat(browser.findElement(By.id("voteOpen-erreur")).getText()).isEqualTo("Indiquez une date.");
        screenshots("110-admin-trophees-erreur");
        dates(-5, 5, 10, 20, 30);
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Ouvrir l’édition']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).isEqualTo("Édition ouverte.");

        memberSignsIn(jdbc, MEMBER);
        clickToNextPage(browser.findElement(By.linkText("Proposer et voter")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Trophées de l’ICMF");
        screenshots("111-espace-membre-trophees-nominations");
        String firstCategory =
                browser.findElement(By.cssSelector("input[name=category]")).getAttribute("value");
        browser.findElement(By.id("nominee-" + firstCategory)).sendKeys(NOMINEE);
        browser.findElement(By.id("justification-" + firstCategory))
                .sendKeys("Elle anime la communauté des bénévoles de la ville depuis dix ans.");
        clickToNextPage(browser.findElement(
                By.xpath("//button[normalize-space()='Proposer dans « Community manager de l’année »']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText())
                .isEqualTo("Merci : votre proposition est enregistrée.");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Vous avez proposé " + NOMINEE + ".");

        moveTheEdition(-10, -1, 1, 10, 20);
        assertThat(browser.findElement(By.cssSelector("table.list td")).getText())
                .isEqualTo(NOMINEE);
        screenshots("112-admin-trophees-preselection");
        clickToNextPage(
                browser.findElement(By.cssSelector("button[aria-label='Retenir " + NOMINEE + " comme finaliste']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).isEqualTo("Finaliste retenu(e).");

        moveTheEdition(-20, -10, -1, 5, 10);
        browser.get(url("/espace-membre/trophees"));
        assertThat(browser.findElement(By.cssSelector("input[name=finalist] + label"))
                        .getText())
                .isEqualTo(NOMINEE);
        screenshots("113-espace-membre-trophees-vote");
        browser.findElement(By.cssSelector("input[name=finalist] + label")).click();
        clickToNextPage(browser.findElement(
                By.xpath("//button[normalize-space()='Voter dans « Community manager de l’année »']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText())
                .isEqualTo("Merci : votre vote est enregistré, sans lien avec votre nom.");
        assertThat(browser.findElements(By.cssSelector("input[name=finalist]"))).isEmpty();

        moveTheEdition(-30, -20, -10, -1, 5);
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Publier les résultats']")));
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).startsWith("Résultats publiés");

        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        clickToNextPage(browser.findElement(By.cssSelector(".site-footer")).findElement(By.linkText("Trophées")));
        clickToNextPage(browser.findElement(By.linkText("Trophées " + year)));
        assertThat(browser.findElement(By.cssSelector("ol.award-results li")).getText())
                .isEqualTo(NOMINEE + " — lauréat(e) 1 voix");
        screenshots("114-trophees-resultats");
    }
}
