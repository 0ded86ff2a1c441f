package org.icmf.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.membership.MembershipFixtures;
import org.icmf.membership.MembershipRetention;
import org.icmf.membership.application.Applicant;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
import org.icmf.regions.Region;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.AsyncEvents;
import org.icmf.support.FormStamps;
import org.icmf.support.PublicForms;
import org.icmf.support.SiteTest;
import org.icmf.support.SqlStatementCounter;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** RGPD without an account: ask by e-mail, then read, download and erase what the site holds. */
@SiteTest
class PersonalDataTests {

    private static final BoardUser TREASURER = new BoardUser(
            8181, "tresor@icmf.example", "Trésorier ICMF", "{noop}unused", true, EnumSet.of(Role.TREASURER));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MembershipApplications applications;

    @Autowired
    MembershipReview review;

    @AfterEach
    void removeTestData() {
        jdbc.sql("delete from mail_outbox where recipient like '%@rgpd.example'")
                .update();
        jdbc.sql(
                        "delete from membership_due where payment_id in (select id from membership_payment where bank = 'Banque RGPD')")
                .update();
        jdbc.sql("delete from membership_payment where bank = 'Banque RGPD'").update();
        jdbc.sql("delete from membership_member where email like '%@rgpd.example'")
                .update();
        jdbc.sql("delete from membership_application where email like '%@rgpd.example'")
                .update();
        jdbc.sql("delete from personal_data_request where email like '%@rgpd.example'")
                .update();
        jdbc.sql("delete from form_attempt where email like '%@rgpd.example'").update();
    }

    private String memberWhoPaid(String email) throws Exception {
        return memberWhoPaid(email, Year.now().getValue());
    }

    private String memberWhoPaid(String email, int year) throws Exception {
        long id = MembershipFixtures.confirmedApplication(
                applications,
                jdbc,
                new Applicant(
                        null,
                        "Inès",
                        "Vidal",
                        email,
                        "+33612345678",
                        "3 rue des Halles",
                        "37000",
                        "Tours",
                        "France",
                        Region.CENTRE_VAL_DE_LOIRE,
                        "Agence",
                        null,
                        "Community manager",
                        null,
                        null,
                        "Ma motivation",
                        false,
                        Set.of(),
                        new BigDecimal("42"),
                        false));
        String number = review.accept(id, new Actor(8181L, "Trésorier ICMF"));
        mvc.perform(post("/admin/cotisations")
                .with(user(TREASURER))
                .with(csrf())
                .param("memberNumbers", number)
                .param("amountPerMember", "42")
                .param("chequeNumber", "4242")
                .param("bank", "Banque RGPD")
                .param("receivedOn", Year.now() + "-02-01")
                .param("payerName", "")
                .param("year", Integer.toString(year)));
        return number;
    }

    private String flash(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString())
                .select(".flash")
                .text();
    }

    private long linkMails(String email) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :email and subject like 'Vos données%'")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String link(String email) {
        String body = jdbc.sql(
                        "select body_text from mail_outbox where recipient = :email and subject like 'Vos données%'")
                .param("email", email)
                .query(String.class)
                .single();
        Matcher link = Pattern.compile("http://localhost:8080(/mes-donnees/[A-Za-z0-9_-]{43})")
                .matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void sendsALinkOnlyToAnAddressTheSiteKnowsAndAnswersTheSameEitherWay() throws Exception {
        memberWhoPaid("ines@rgpd.example");

        Document known = Jsoup.parse(mvc.perform(PublicForms.askForPersonalData(" Ines@rgpd.example"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        Document unknown = Jsoup.parse(mvc.perform(PublicForms.askForPersonalData("personne@rgpd.example"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(known.select(".flash").text())
                .isEqualTo(unknown.select(".flash").text())
                .startsWith("Si l’ICMF détient des données pour cette adresse");
        assertThat(link("ines@rgpd.example")).startsWith("/mes-donnees/");
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = 'personne@rgpd.example'")
                        .query(Long.class)
                        .single())
                .isZero();
        Document invalid = Jsoup.parse(mvc.perform(PublicForms.askForPersonalData("<script>"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(invalid.select("#email-erreur").text()).startsWith("Cette adresse e-mail n'est pas valide");
        assertThat(invalid.html()).doesNotContain("<script>");
    }

    @Test
    void mailsAnAddressAtMostOnceInTheIntervalAndAFewTimesAnHourAnsweringTheSameEveryTime() throws Exception {
        memberWhoPaid("ines@rgpd.example");
        String answer = flash(PublicForms.askForPersonalData("ines@rgpd.example"));

        assertThat(flash(PublicForms.askForPersonalData("ines@rgpd.example"))).isEqualTo(answer);
        assertThat(linkMails("ines@rgpd.example"))
                .as("once within the interval")
                .isEqualTo(1);
        for (int mailed = 2; mailed <= 3; mailed++) {
            jdbc.sql("update form_attempt set created_at = created_at - interval '11 minutes' "
                            + "where email = 'ines@rgpd.example'")
                    .update();
            assertThat(flash(PublicForms.askForPersonalData("ines@rgpd.example")))
                    .isEqualTo(answer);
            assertThat(linkMails("ines@rgpd.example")).isEqualTo(mailed);
        }
        jdbc.sql("update form_attempt set created_at = created_at - interval '11 minutes' "
                        + "where email = 'ines@rgpd.example'")
                .update();
        assertThat(flash(PublicForms.askForPersonalData("ines@rgpd.example"))).isEqualTo(answer);
        assertThat(linkMails("ines@rgpd.example")).as("three an hour at most").isEqualTo(3);
    }

    @Test
    void limitsEachClientWithTheSameAnswer() throws Exception {
        memberWhoPaid("ines@rgpd.example");
        RequestPostProcessor client = PublicForms.newClient();
        String answer =
                flash(PublicForms.askForPersonalData("personne1@rgpd.example").with(client));
        for (int i = 2; i <= 5; i++) {
            assertThat(flash(PublicForms.askForPersonalData("personne" + i + "@rgpd.example")
                            .with(client)))
                    .isEqualTo(answer);
        }

        assertThat(flash(PublicForms.askForPersonalData("ines@rgpd.example").with(client)))
                .isEqualTo(answer);
        assertThat(linkMails("ines@rgpd.example"))
                .as("a sixth request from one client within the window")
                .isZero();
        assertThat(flash(PublicForms.askForPersonalData("ines@rgpd.example"))).isEqualTo(answer);
        assertThat(linkMails("ines@rgpd.example")).as("another client").isEqualTo(1);
    }

    @Test
    void knownAndUnknownAddressesRunTheSameStatementsButTheMail(
            @Autowired PersonalDataRequests requests, @Autowired SqlStatementCounter statements) throws Exception {
        memberWhoPaid("ines@rgpd.example");

        statements.reset();
        requests.request("ines@rgpd.example", "client-a");
        int known = statements.countOnThisThread();
        statements.reset();
        requests.request("ines@rgpd.example", "client-b");
        int knownOverTheLimit = statements.countOnThisThread();
        statements.reset();
        requests.request("personne@rgpd.example", "client-c");
        int unknown = statements.countOnThisThread();

        assertThat(linkMails("ines@rgpd.example")).isEqualTo(1);
        assertThat(unknown)
                .as("an unknown address does the same work as one mailed too recently")
                .isEqualTo(knownOverTheLimit)
                .isGreaterThan(3);
        assertThat(known).as("and a known one only adds the outbox's insert").isEqualTo(unknown + 1);
    }

    @Test
    void theAskFormHasTheSpamGuardAndARobotGetsTheUsualAnswerAndNothingElse() throws Exception {
        memberWhoPaid("ines@rgpd.example");
        Document form = Jsoup.parse(
                mvc.perform(get("/mes-donnees")).andReturn().getResponse().getContentAsString());
        assertThat(form.select("input[name=stamp]").val()).matches("\\d+\\.[A-Za-z0-9_-]{43}");
        assertThat(form.select(".honeypot input[name=website]")).hasSize(1);

        String robot = flash(PublicForms.askForPersonalData(
                "ines@rgpd.example", FormStamps.shownSecondsAgo(20), "http://robot.example"));
        assertThat(robot).startsWith("Si l’ICMF détient des données pour cette adresse");
        assertThat(count("select count(*) from form_attempt where email = 'ines@rgpd.example'"))
                .isZero();

        Document tooFast = Jsoup.parse(
                mvc.perform(PublicForms.askForPersonalData("ines@rgpd.example", FormStamps.shownSecondsAgo(0), ""))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(tooFast.select(".form-error[role=alert]").text()).contains("envoyé trop vite");
        assertThat(tooFast.select("#email").val()).isEqualTo("ines@rgpd.example");
        Document stale = Jsoup.parse(mvc.perform(PublicForms.askForPersonalData("ines@rgpd.example", "", ""))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(stale.select(".form-error[role=alert]").text()).contains("Ce formulaire a expiré");
        assertThat(stale.select("input[name=stamp]").val()).matches("\\d+\\.[A-Za-z0-9_-]{43}");
        assertThat(linkMails("ines@rgpd.example")).isZero();
    }

    @Test
    void showsAndExportsEverythingHeldThenErasesItKeepingOnlyAnonymousDues() throws Exception {
        String number = memberWhoPaid("ines@rgpd.example");
        mvc.perform(PublicForms.askForPersonalData("ines@rgpd.example"));
        String link = link("ines@rgpd.example");

        Document page =
                Jsoup.parse(mvc.perform(get(link)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h2").eachText()).contains("Adhésion", "Inscriptions aux événements");
        assertThat(page.select(".personal-record").text())
                .contains("Vidal", "3 rue des Halles", "+33612345678", "Ma motivation", number, "4242");
        MockHttpServletResponse json =
                mvc.perform(get(link + "/export.json")).andReturn().getResponse();
        assertThat(json.getContentType()).startsWith("application/json");
        assertThat(json.getHeader("Content-Disposition")).contains("attachment");
        assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains("\"Adhésion\"", "Vidal", number);

        Document unconfirmed = Jsoup.parse(mvc.perform(post(link + "/effacer").with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(unconfirmed.select("#confirm-erreur").text())
                .isEqualTo("Cochez la case pour confirmer l’effacement.");
        assertThat(jdbc.sql("select count(*) from membership_member where email = 'ines@rgpd.example'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        AsyncEvents.awaitHandled(jdbc);
        long applicationId = jdbc.sql("select id from membership_application where email = 'ines@rgpd.example'")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql(
                                "select subject_label from audit_entry where subject_type = 'application' and subject_id = :id")
                        .param("id", applicationId)
                        .query(String.class)
                        .single())
                .contains("Inès Vidal");

        mvc.perform(post(link + "/effacer").with(csrf()).param("confirm", "oui"));

        assertThat(count("select count(*) from mail_outbox where recipient = 'ines@rgpd.example'"))
                .as("the mails written to the address, receipts with them")
                .isZero();
        assertThat(jdbc.sql(
                                "select subject_label from audit_entry where subject_type = 'application' and subject_id = :id")
                        .param("id", applicationId)
                        .query(String.class)
                        .single())
                .as("the board's decision stays in the log, without the name")
                .doesNotContain("Vidal")
                .endsWith("données effacées");

        assertThat(jdbc.sql("select count(*) from membership_member where email = 'ines@rgpd.example'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from membership_application where email = 'ines@rgpd.example'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from membership_due where member_id is null and amount = 42.00 "
                                + "and year = :year")
                        .param("year", Year.now().getValue())
                        .query(Long.class)
                        .single())
                .as("the accounting record stays, anonymous")
                .isEqualTo(1);
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus())
                .as("the link is spent")
                .isEqualTo(404);
        assertThat(mvc.perform(get("/mes-donnees/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aMemberChoosesWhetherToAppearInTheDirectoryAndToGetReminders() throws Exception {
        memberWhoPaid("ines@rgpd.example");
        mvc.perform(PublicForms.askForPersonalData("ines@rgpd.example"));
        String link = link("ines@rgpd.example");

        Document page =
                Jsoup.parse(mvc.perform(get(link)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#directory").hasAttr("checked")).isFalse();
        assertThat(page.select("#reminders").hasAttr("checked")).isTrue();
        assertThat(directory()).doesNotContain("Inès Vidal");

        Document saved =
                Jsoup.parse(mvc.perform(post(link + "/choix").with(csrf()).param("directory", "true"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(saved.select("#mes-choix ~ .flash").text()).isEqualTo("Vos choix sont enregistrés.");
        assertThat(saved.select("#directory").hasAttr("checked")).isTrue();
        assertThat(saved.select("#reminders").hasAttr("checked")).isFalse();
        assertThat(directory()).contains("Inès Vidal");
        assertThat(
                        count(
                                "select count(*) from membership_member where email = 'ines@rgpd.example' and reminders_opt_out"))
                .isEqualTo(1);

        mvc.perform(post(link + "/choix").with(csrf()).param("reminders", "true"));
        assertThat(directory()).doesNotContain("Inès Vidal");
        assertThat(mvc.perform(post("/mes-donnees/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/choix")
                                .with(csrf())
                                .param("directory", "true"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** The names the public directory lists, from a page that is the directory even when it lists nobody. */
    private List<String> directory() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/association/membres"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Annuaire des membres");
        return page.select(".directory li strong").eachText();
    }

    @Test
    void formerMembersAndRejectedApplicationsAreErasedWhenTheirRetentionPeriodEnds(
            @Autowired MembershipRetention retention) throws Exception {
        int year = Year.now().getValue();
        memberWhoPaid("ancien@rgpd.example", year - 4);
        memberWhoPaid("recent@rgpd.example", year - 3);
        applications.apply(MembershipFixtures.applicantInTours("Jo", "Refus", "refus@rgpd.example"));
        jdbc.sql("update membership_application set status = 'REJECTED', decided_at = now() - interval '400 days' "
                        + "where email = 'refus@rgpd.example'")
                .update();
        applications.apply(MembershipFixtures.applicantInTours("Lou", "Refus", "refus-recent@rgpd.example"));
        jdbc.sql("update membership_application set status = 'REJECTED', decided_at = now() - interval '30 days' "
                        + "where email = 'refus-recent@rgpd.example'")
                .update();

        retention.enforce();

        assertThat(jdbc.sql("select email from membership_member where email like '%@rgpd.example'")
                        .query(String.class)
                        .list())
                .containsExactly("recent@rgpd.example");
        assertThat(jdbc.sql("select email from membership_application where email like '%@rgpd.example' order by email")
                        .query(String.class)
                        .list())
                .containsExactly("recent@rgpd.example", "refus-recent@rgpd.example");
        assertThat(count("select count(*) from membership_due where member_id is null and year = " + (year - 4)
                        + " and payment_id in (select id from membership_payment where bank = 'Banque RGPD')"))
                .as("the former member's dues stay in the accounts, anonymous")
                .isEqualTo(1);
    }
}
