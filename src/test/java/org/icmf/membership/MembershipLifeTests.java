package org.icmf.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icmf.membership.application.MembershipApplicationTests;
import org.icmf.membership.dues.RenewalReminders;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.PublicForms;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A member's whole life through the site's own pages, as the applicant and the treasurer see it: apply, confirm
 * the e-mail, be accepted, pay by cheque (last year, then this year after the reminder), get the receipt,
 * join and leave the directory, appear in the exports, and finally erase everything.
 */
@SiteTest
class MembershipLifeTests {

    private static final BoardUser TREASURER = new BoardUser(
            9191, "tresorerie@icmf.example", "Trésorière ICMF", "{noop}unused", true, EnumSet.of(Role.TREASURER));
    private static final String EMAIL = "camille@vie.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestData() {
        jdbc.sql(
                        "delete from membership_due where payment_id in (select id from membership_payment where bank = 'Banque de la vie')")
                .update();
        jdbc.sql("delete from membership_payment where bank = 'Banque de la vie'")
                .update();
        jdbc.sql("delete from membership_member where email = :email")
                .param("email", EMAIL)
                .update();
        jdbc.sql("delete from membership_application where email = :email")
                .param("email", EMAIL)
                .update();
        jdbc.sql("delete from personal_data_request where email = :email")
                .param("email", EMAIL)
                .update();
        jdbc.sql("delete from form_attempt where email = :email")
                .param("email", EMAIL)
                .update();
        jdbc.sql("delete from mail_outbox where recipient = :email")
                .param("email", EMAIL)
                .update();
    }

    private String lastLink(String subjectStart, String path) {
        List<String> bodies = jdbc.sql(
                        "select body_text from mail_outbox where recipient = :email and subject like :subject "
                                + "order by id desc")
                .param("email", EMAIL)
                .param("subject", subjectStart + "%")
                .query(String.class)
                .list();
        assertThat(bodies).as("a mail « " + subjectStart + " »").isNotEmpty();
        Matcher link = Pattern.compile("http://localhost:8080(" + path + "[A-Za-z0-9_-]{43})")
                .matcher(bodies.get(0));
        assertThat(link.find()).as(bodies.get(0)).isTrue();
        return link.group(1);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private String standing() throws Exception {
        return page(get("/admin/membres?q=vie.example").with(user(TREASURER)))
                .select("tbody tr td:last-child")
                .text();
    }

    private void cheque(String memberNumber, String chequeNumber, int year) throws Exception {
        mvc.perform(post("/admin/cotisations")
                .with(user(TREASURER))
                .with(csrf())
                .param("memberNumbers", memberNumber)
                .param("amountPerMember", "35")
                .param("chequeNumber", chequeNumber)
                .param("bank", "Banque de la vie")
                .param("receivedOn", Year.now() + "-01-03")
                .param("payerName", "")
                .param("year", Integer.toString(year)));
    }

    /** The names the public directory lists, from a page that is the directory even when it lists nobody. */
    private List<String> directory() throws Exception {
        Document page = page(get("/association/membres"));
        assertThat(page.select("h1").text()).isEqualTo("Annuaire des membres");
        return page.select(".directory li strong").eachText();
    }

    @Test
    void aMembersLifeFromApplicationToErasure(@Autowired RenewalReminders reminders) throws Exception {
        int year = Year.now().getValue();
        MockHttpServletRequestBuilder form = post("/adherer").with(csrf()).with(PublicForms.newClient());
        Map<String, String> fields = MembershipApplicationTests.validForm(EMAIL);
        fields.remove("directoryOptIn");
        fields.forEach(form::param);
        mvc.perform(form);

        page(post(lastLink("Confirmez votre adresse", "/adherer/confirmation/")).with(csrf()));
        long id = jdbc.sql("select id from membership_application where email = :email and status = 'PENDING'")
                .param("email", EMAIL)
                .query(Long.class)
                .single();

        mvc.perform(post("/admin/adhesions/" + id + "/accepter")
                .with(user(TREASURER))
                .with(csrf()));
        String number = jdbc.sql("select member_number from membership_member where email = :email")
                .param("email", EMAIL)
                .query(String.class)
                .single();
        assertThat(number).matches(year + "-\\d{4}");
        assertThat(standing()).isEqualTo("Non réglée");

        cheque(number, "1000001", year - 1);
        assertThat(standing()).as("paid last year, not yet this year").isEqualTo("En retard");
        reminders.send();
        assertThat(lastLink("Renouvellement", "/adherer/rappels/")).startsWith("/adherer/rappels/");

        cheque(number, "1000002", year);
        assertThat(standing()).isEqualTo("À jour");
        String receipt = jdbc.sql(
                        "select receipt_number from membership_due d join membership_member m on m.id = d.member_id "
                                + "where m.email = :email and d.year = :year")
                .param("email", EMAIL)
                .param("year", year)
                .query(String.class)
                .single();
        byte[] pdf = mvc.perform(get("/admin/cotisations/attestations/" + receipt + ".pdf")
                        .with(user(TREASURER)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Camille Martin", number, "35,00 €", "trente-cinq euros", Integer.toString(year));
        }

        assertThat(directory()).doesNotContain("Camille Martin");
        mvc.perform(PublicForms.askForPersonalData(EMAIL));
        String mine = lastLink("Vos données", "/mes-donnees/");
        mvc.perform(
                post(mine + "/choix").with(csrf()).param("directory", "true").param("reminders", "true"));
        assertThat(directory()).contains("Camille Martin");
        mvc.perform(post(mine + "/choix").with(csrf()).param("reminders", "true"));
        assertThat(directory()).doesNotContain("Camille Martin");

        String members = mvc.perform(get("/admin/membres/export.csv").with(user(TREASURER)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(members).contains(number + ";").contains(EMAIL);
        String dues = mvc.perform(
                        get("/admin/cotisations/export.csv?annee=" + year).with(user(TREASURER)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(dues).contains(receipt + ";" + year + ";" + number + ";Camille;Martin;35,00;1000002");

        mvc.perform(post(mine + "/effacer").with(csrf()).param("confirm", "oui"));

        assertThat(standing()).isEmpty();
        assertThat(mvc.perform(get("/admin/membres/export.csv").with(user(TREASURER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(EMAIL, number + ";");
        assertThat(mvc.perform(get("/admin/cotisations/export.csv?annee=" + year)
                                .with(user(TREASURER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .as("the dues stay in the accounts without the member")
                .contains(receipt + ";" + year + ";(effacé);;;35,00;1000002")
                .doesNotContain("Martin");
    }
}
