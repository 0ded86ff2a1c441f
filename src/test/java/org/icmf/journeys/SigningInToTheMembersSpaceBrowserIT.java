package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A member signs in to their space in a real browser: asks for a link, opens it from the mail (a page with a button,
 * which alone signs in), and lands on their dashboard with their membership and receipt; on a phone too.
 */
class SigningInToTheMembersSpaceBrowserIT extends BrowserJourney {

    private static final String EMAIL = "camille.membre@espace-essai.example";
    private static final BoardUser TREASURER = new BoardUser(
            8383, "tresor@icmf.example", "Trésorier ICMF", "{noop}unused", true, EnumSet.of(Role.TREASURER));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer smtp;

    @AfterEach
    void removeTheMember() {
        jdbc.sql("delete from security_session where principal_name like 'membre:%'")
                .update();
        jdbc.sql("delete from mail_outbox where recipient = :email")
                .param("email", EMAIL)
                .update();
        jdbc.sql("delete from membership_due where payment_id in "
                        + "(select id from membership_payment where bank = 'Banque du parcours')")
                .update();
        jdbc.sql("delete from membership_payment where bank = 'Banque du parcours'")
                .update();
        jdbc.sql("delete from membership_member where email = :email")
                .param("email", EMAIL)
                .update();
        jdbc.sql("delete from membership_application where email = :email")
                .param("email", EMAIL)
                .update();
        jdbc.sql("delete from members_sign_in_link where email = :email")
                .param("email", EMAIL)
                .update();
        jdbc.sql("delete from form_attempt where email = :email")
                .param("email", EMAIL)
                .update();
    }

    @Test
    void aMemberSignsInByTheMailedLinkAndOpensTheirDashboard(
            @Autowired MembershipApplications applications, @Autowired MembershipReview review, @Autowired MockMvc mvc)
            throws Exception {
        long application = MembershipFixtures.confirmedApplication(
                applications, jdbc, MembershipFixtures.applicantInTours("Camille", "Membre", EMAIL));
        String number = review.accept(application, new Actor(8383L, "Trésorier ICMF"));
        mvc.perform(post("/admin/cotisations")
                .with(user(TREASURER))
                .with(csrf())
                .param("memberNumbers", number)
                .param("amountPerMember", "30")
                .param("chequeNumber", "3030")
                .param("bank", "Banque du parcours")
                .param("receivedOn", Year.now() + "-02-01")
                .param("payerName", "")
                .param("year", Year.now().toString()));
        smtp.deliver();
        // Receipts are numbered apart from members: another journey may have made a member this year.
        String receipt = jdbc.sql("select d.receipt_number from membership_due d join membership_member m "
                        + "on m.id = d.member_id where m.email = :email")
                .param("email", EMAIL)
                .query(String.class)
                .single();
        String policy = recordPolicyViolations();

        browser.get(url("/"));
        clickToNextPage(browser.findElement(By.cssSelector(".site-footer")).findElement(By.linkText("Espace membre")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Espace membre");
        browser.findElement(By.id("email")).sendKeys(EMAIL);
        takeTheTimeAPersonTakes();
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Recevoir un lien de connexion']")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .startsWith("Si cette adresse est celle d’un membre");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Browser.fullPageScreenshot(browser, "60-espace-membre-connexion");

        smtp.deliver();
        List<String> links = smtp.receivedBy(EMAIL).stream()
                .filter(mail -> subject(mail).startsWith("Votre lien de connexion"))
                .map(mail -> {
                    try {
                        Matcher link = Pattern.compile(
                                        "http://localhost:8080(/espace-membre/connexion/[A-Za-z0-9_-]{43})")
                                .matcher((String) mail.getContent());
                        return link.find() ? link.group(1) : "";
                    } catch (IOException | MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(links).hasSize(1);

        browser.get(url(links.get(0)));
        assertThat(browser.manage().getCookies()).extracting(Cookie::getName).doesNotContain("ICMF_MEMBRE");
        Browser.fullPageScreenshot(browser, "61-espace-membre-lien");
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Me connecter']")));

        Browser.awaitUrl(browser, "/espace-membre");
        assertThat(browser.findElement(By.cssSelector(".member-status")).getText())
                .isEqualTo("Adhésion à jour pour " + Year.now() + ".");
        assertThat(browser.findElement(By.cssSelector(".member-dues a")).getAccessibleName())
                .isEqualTo("Attestation " + receipt + " (PDF)");
        assertThat(browser.manage().getCookies()).extracting(Cookie::getName).contains("ICMF_MEMBRE");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        assertThat(browser.executeScript("return window.icmfPolicyViolations"))
                .asList()
                .isEmpty();
        browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", policy));
        Browser.fullPageScreenshot(browser, "62-espace-membre-tableau-de-bord");

        Browser.phoneWidth(browser);
        browser.navigate().refresh();
        Browser.fullPageScreenshot(browser, "63-espace-membre-360px");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
