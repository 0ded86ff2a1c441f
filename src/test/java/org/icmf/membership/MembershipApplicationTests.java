package org.icmf.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Applying for membership at /adherer: the form, its checks, the cheque instructions and the double opt-in. */
@SiteTest
class MembershipApplicationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MembershipApplications applications;

    @AfterEach
    void removeTestApplications() {
        jdbc.sql("delete from mail_outbox where recipient like '%@adhesion.example'").update();
        jdbc.sql("delete from membership_application where email like '%@adhesion.example'").update();
    }

    static Map<String, String> validForm(String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("civility", "MME");
        fields.put("firstName", "Camille");
        fields.put("lastName", "Martin");
        fields.put("email", email);
        fields.put("phone", "06 12 34 56 78");
        fields.put("streetAddress", "20 bis, rue Alleron");
        fields.put("postalCode", "37000");
        fields.put("city", "Tours");
        fields.put("country", "France");
        fields.put("region", "CENTRE_VAL_DE_LOIRE");
        fields.put("organisation", "Agence Web");
        fields.put("sector", "Communication");
        fields.put("jobTitle", "Community manager");
        fields.put("yearsOfPractice", "3");
        fields.put("heardFrom", "Le Café des CM");
        fields.put("motivation", "Partager.");
        fields.put("volunteerRegional", "true");
        fields.put("feeAmount", "25,50");
        fields.put("consentStatutes", "true");
        fields.put("consentData", "true");
        fields.put("directoryOptIn", "true");
        fields.put("website", "");
        return fields;
    }

    private MockHttpServletRequestBuilder form(Map<String, String> fields, String... roles) {
        MockHttpServletRequestBuilder request = post("/adherer").with(csrf());
        fields.forEach(request::param);
        if (roles.length > 0) {
            request.param("volunteerRoles", roles);
        }
        return request;
    }

    private MockHttpServletResponse apply(Map<String, String> fields, String... roles) throws Exception {
        return mvc.perform(form(fields, roles)).andReturn().getResponse();
    }

    private Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    private Map<String, Object> row(String email) {
        return jdbc.sql("select status, email, phone, region, fee_amount, volunteer_roles, volunteer_regional, "
                + "directory_opt_in, reference from membership_application where email = :email")
                .param("email", email).query().singleRow();
    }

    private String confirmationLink(String email) {
        String body = jdbc.sql("select body_text from mail_outbox where recipient = :email order by id limit 1")
                .param("email", email).query(String.class).single();
        Matcher link = Pattern.compile("http://localhost:8080(/adherer/confirmation/[A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }

    @Test
    void showsThePageTextAndTheFormWithoutAnyPreFilledAmount() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/adherer")).andReturn().getResponse().getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo("Adhérer à l'ICMF");
        assertThat(page.select(".page-body").text()).contains("La cotisation annuelle est obligatoire, mais sans montant prédéfini",
                "Pour adhérer, remplissez le formulaire ci-dessous");
        assertThat(page.select("#feeAmount").val()).isEmpty();
        assertThat(page.select("#feeAmount-aide").text()).contains("par exemple 30 €");
        assertThat(page.select("#region option")).hasSize(Region.values().length + 1);
        assertThat(page.select("input[name=volunteerRoles]")).hasSize(4);
        assertThat(page.select("input[type=checkbox][checked]")).isEmpty();
    }

    @Test
    void storesAnUnconfirmedApplicationShowsHowToPayAndSendsTheConfirmationLink() throws Exception {
        MockHttpServletResponse sent = apply(validForm("camille@adhesion.example"), "EDITORIALIST", "CONTENT_MANAGER");

        assertThat(row("camille@adhesion.example")).containsEntry("status", "UNCONFIRMED")
                .containsEntry("phone", "+33612345678").containsEntry("region", "CENTRE_VAL_DE_LOIRE")
                .containsEntry("volunteer_roles", "CONTENT_MANAGER,EDITORIALIST")
                .containsEntry("volunteer_regional", true).containsEntry("directory_opt_in", true);
        assertThat(row("camille@adhesion.example").get("fee_amount").toString()).isEqualTo("25.50");
        String reference = (String) row("camille@adhesion.example").get("reference");
        assertThat(reference).matches("ICMF-\\d{4}-[A-Z2-9]{6}");
        assertThat(sent.getRedirectedUrl()).isEqualTo("/adherer/merci?reference=" + reference + "&montant=25.5");

        Document thanks = Jsoup.parse(mvc.perform(get(sent.getRedirectedUrl())).andReturn().getResponse().getContentAsString());
        assertThat(thanks.select(".cheque").text()).contains("Libellez un chèque de 25,5 € à l’ordre de ICMF",
                "écrivez la référence " + reference, "20 bis, rue Alleron", "37000 Tours");
        String mail = jdbc.sql("select subject || ' / ' || body_text from mail_outbox where recipient = 'camille@adhesion.example'")
                .query(String.class).single();
        assertThat(mail).startsWith("Confirmez votre adresse pour votre adhésion à l'ICMF")
                .contains("Bonjour Camille", "/adherer/confirmation/", reference, "25,5 €");
    }

    @Test
    void confirmingTheEmailSendsTheApplicationToTheBoardAndTheLinkServesOnce() throws Exception {
        apply(validForm("alix@adhesion.example"));
        String link = confirmationLink("alix@adhesion.example");

        Document confirmed = Jsoup.parse(mvc.perform(get(link)).andReturn().getResponse().getContentAsString());

        assertThat(confirmed.select(".flash").text()).startsWith("Merci Camille : votre demande d’adhésion est transmise au bureau");
        assertThat(row("alix@adhesion.example")).containsEntry("status", "PENDING");
        MockHttpServletResponse again = mvc.perform(get(link)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(html(again).select("h1").text()).isEqualTo("Ce lien n’est pas (ou plus) valable");
        assertThat(mvc.perform(get("/adherer/confirmation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select subject from mail_outbox where recipient = 'alix@adhesion.example' order by id")
                .query(String.class).list()).endsWith("Votre demande d'adhésion est transmise au bureau");
    }

    @Test
    void anExpiredConfirmationLinkOpensNothingAndTheApplicationIsPurged() throws Exception {
        apply(validForm("tardif@adhesion.example"));
        String link = confirmationLink("tardif@adhesion.example");
        jdbc.sql("update membership_application set confirm_expires_at = now() - interval '1 minute' "
                + "where email = 'tardif@adhesion.example'").update();

        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
        applications.purgeUnconfirmed();

        assertThat(jdbc.sql("select count(*) from membership_application where email = 'tardif@adhesion.example'")
                .query(Long.class).single()).isZero();
        assertThat(apply(validForm("tardif@adhesion.example")).getRedirectedUrl()).as("may apply again").startsWith("/adherer/merci");
    }

    @Test
    void refusesASecondOpenApplicationWithTheSameEmail() throws Exception {
        apply(validForm("double@adhesion.example"));
        Map<String, String> again = validForm(" DOUBLE@adhesion.example ");

        Document page = html(apply(again));

        assertThat(page.select("#email-erreur").text()).startsWith("Une demande d'adhésion avec cette adresse est déjà en cours");
        assertThat(page.select("#lastName").val()).isEqualTo("Martin");
        assertThat(jdbc.sql("select count(*) from membership_application where lower(email) = 'double@adhesion.example'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void explainsEachMistakeNextToItsFieldInFrenchAndKeepsWhatWasTyped() throws Exception {
        Map<String, String> fields = validForm("pas-une-adresse");
        fields.put("firstName", "<script>alert(1)</script>");
        fields.put("lastName", "");
        fields.put("phone", "06 12");
        fields.put("postalCode", "370");
        fields.put("region", "ATLANTIDE");
        fields.put("yearsOfPractice", "beaucoup");
        fields.put("feeAmount", "0");
        fields.put("civility", "SIR");
        fields.remove("consentStatutes");
        fields.remove("consentData");
        fields.put("motivation", "x".repeat(2001));

        Document page = html(apply(fields, "PRESIDENT"));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("firstName", "Ce champ ne peut pas contenir les caractères < et >.");
        expected.put("lastName", "Indiquez votre nom.");
        expected.put("email", "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr).");
        expected.put("region", "Choisissez votre région dans la liste (ou « Hors de France »).");
        expected.put("yearsOfPractice", "Indiquez un nombre d'années (de 0 à 99).");
        expected.put("feeAmount", "Indiquez un montant de 1 € à 5000 €.");
        expected.put("consentStatutes", "Cochez cette case : l'adhésion suppose d'accepter les statuts et la charte.");
        expected.put("consentData", "Cochez cette case pour que nous puissions enregistrer votre adhésion.");
        expected.put("motivation", "Ce champ ne peut pas dépasser 2000 caractères.");
        expected.forEach((field, message) ->
                assertThat(page.select("#" + field + "-erreur").text()).as(field).isEqualTo(message));
        assertThat(page.select(".field-error").eachText()).contains("Choisissez les rôles dans la liste.",
                "Choisissez une civilité dans la liste, ou aucune.");
        assertThat(page.select("#firstName").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.select("#phone").val()).isEqualTo("06 12");
        assertThat(page.html()).doesNotContain("<script>alert(1)</script>");
        assertThat(jdbc.sql("select count(*) from membership_application where email = 'pas-une-adresse'")
                .query(Long.class).single()).isZero();

        Map<String, String> phone = validForm("tel@adhesion.example");
        phone.put("phone", "06 12");
        phone.put("feeAmount", "trente");
        phone.put("postalCode", "370");
        Document second = html(apply(phone));
        assertThat(second.select("#postalCode-erreur").text()).isEqualTo("Un code postal français compte 5 chiffres (par exemple 37000).");
        assertThat(second.select("#phone-erreur").text()).startsWith("Ce numéro de téléphone n'est pas valide");
        assertThat(second.select("#feeAmount-erreur").text()).isEqualTo("Indiquez un montant en euros, par exemple 30 ou 25,50.");
    }

    @Test
    void storesNothingWhenTheHoneypotIsFilled() throws Exception {
        Map<String, String> robot = validForm("robot@adhesion.example");
        robot.put("website", "http://spam.example");

        assertThat(apply(robot).getRedirectedUrl()).isEqualTo("/adherer/merci");
        assertThat(jdbc.sql("select count(*) from membership_application where email = 'robot@adhesion.example'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aHundredParallelSubmissionsMakeAHundredApplicationsAndTheSameEmailOnlyOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            // 100 different people, and one person who pressed the button 10 times.
            String email = i < 100 ? "foule" + i + "@adhesion.example" : "impatient@adhesion.example";
            answers.add(pool.submit(() -> {
                start.await();
                return mvc.perform(form(validForm(email))).andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isIn(200, 302);
        }
        pool.shutdown();

        assertThat(jdbc.sql("select count(*) from membership_application where email like 'foule%@adhesion.example'")
                .query(Long.class).single()).isEqualTo(100);
        assertThat(jdbc.sql("select count(distinct email) from membership_application where email like 'foule%@adhesion.example'")
                .query(Long.class).single()).isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from membership_application where email = 'impatient@adhesion.example'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like 'foule%@adhesion.example'")
                .query(Long.class).single()).isEqualTo(100);
    }
}
