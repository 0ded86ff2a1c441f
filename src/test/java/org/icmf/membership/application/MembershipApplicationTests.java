package org.icmf.membership.application;

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
import org.icmf.regions.Region;
import org.icmf.support.FormStamps;
import org.icmf.support.PublicForms;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Applying for membership at /adherer: the form, its checks, the cheque instructions and the double opt-in. */
@SiteTest
public class MembershipApplicationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MembershipApplications applications;

    @AfterEach
    void removeTestApplications() {
        jdbc.sql("delete from mail_outbox where recipient like '%@adhesion.example'")
                .update();
        jdbc.sql("delete from membership_application where email like '%@adhesion.example'")
                .update();
        jdbc.sql("delete from form_attempt where email like '%@adhesion.example'")
                .update();
    }

    public static Map<String, String> validForm(String email) {
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
        fields.put("stamp", FormStamps.shownSecondsAgo(60));
        return fields;
    }

    private MockHttpServletRequestBuilder form(Map<String, String> fields, String... roles) {
        return form(PublicForms.newClient(), fields, roles);
    }

    private MockHttpServletRequestBuilder form(
            RequestPostProcessor client, Map<String, String> fields, String... roles) {
        MockHttpServletRequestBuilder request = post("/adherer").with(csrf()).with(client);
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
                .param("email", email)
                .query()
                .singleRow();
    }

    private String mail(String email) {
        return jdbc.sql(
                        "select subject || '\n' || body_text from mail_outbox where recipient = :email order by id limit 1")
                .param("email", email)
                .query(String.class)
                .single();
    }

    private long applications(String email) {
        return jdbc.sql("select count(*) from membership_application where lower(email) = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    private String confirmationLink(String email) {
        String body = jdbc.sql("select body_text from mail_outbox where recipient = :email order by id limit 1")
                .param("email", email)
                .query(String.class)
                .single();
        Matcher link = Pattern.compile("http://localhost:8080(/adherer/confirmation/[A-Za-z0-9_-]{43})")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }

    @Test
    void showsThePageTextAndTheFormWithoutAnyPreFilledAmount() throws Exception {
        Document page = Jsoup.parse(
                mvc.perform(get("/adherer")).andReturn().getResponse().getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo("Adhérer à l'ICMF");
        assertThat(page.select(".page-body").text())
                .contains(
                        "Ps : cotisation annuelle obligatoire mais sans montant pré-défini",
                        "Pour adhérer, remplissez le formulaire ci-dessous");
        assertThat(page.select("#feeAmount").val()).isEmpty();
        assertThat(page.select("#feeAmount-aide").text())
                .contains("sans montant fixé")
                .doesNotContain("par exemple");
        assertThat(page.select("#region option")).hasSize(Region.values().length + 1);
        assertThat(page.select("input[name=volunteerRoles]")).hasSize(4);
        assertThat(page.select("input[type=checkbox][checked]")).isEmpty();
    }

    @Test
    void storesAnUnconfirmedApplicationShowsHowToPayAndSendsTheConfirmationLink() throws Exception {
        MockHttpServletResponse sent = apply(validForm("camille@adhesion.example"), "EDITORIALIST", "CONTENT_MANAGER");

        assertThat(row("camille@adhesion.example"))
                .containsEntry("status", "UNCONFIRMED")
                .containsEntry("phone", "+33612345678")
                .containsEntry("region", "CENTRE_VAL_DE_LOIRE")
                .containsEntry("volunteer_roles", "CONTENT_MANAGER,EDITORIALIST")
                .containsEntry("volunteer_regional", true)
                .containsEntry("directory_opt_in", true);
        assertThat(row("camille@adhesion.example").get("fee_amount").toString()).isEqualTo("25.50");
        String reference = (String) row("camille@adhesion.example").get("reference");
        assertThat(reference).matches("ICMF-\\d{4}-[A-Z2-9]{6}");
        assertThat(sent.getRedirectedUrl())
                .as("the same answer for every address")
                .isEqualTo("/adherer/merci");

        Document thanks = Jsoup.parse(mvc.perform(get(sent.getRedirectedUrl()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(thanks.select(".flash").text()).startsWith("Vérifiez votre messagerie");
        assertThat(thanks.select(".cheque").text()).contains("à l’ordre de ICMF", "20 bis, rue Alleron", "37000 Tours");
        String mail = mail("camille@adhesion.example");
        assertThat(mail)
                .startsWith("Confirmez votre adresse pour votre adhésion à l'ICMF")
                .contains("Bonjour,", "/adherer/confirmation/", reference, "25,5 €")
                .as("the address is not confirmed: nothing typed but the checked amount")
                .doesNotContain("Camille", "Martin");
    }

    @Test
    void confirmingTheEmailSendsTheApplicationToTheBoardAndTheLinkServesOnce() throws Exception {
        apply(validForm("alix@adhesion.example"));
        String link = confirmationLink("alix@adhesion.example");

        Document page =
                Jsoup.parse(mvc.perform(get(link)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Confirmer votre adresse");
        assertThat(page.select("form[method=post]").attr("action")).isEqualTo(link);
        assertThat(row("alix@adhesion.example"))
                .as("opening the link (a mail scanner does) changes nothing")
                .containsEntry("status", "UNCONFIRMED");

        Document confirmed = Jsoup.parse(
                mvc.perform(post(link).with(csrf())).andReturn().getResponse().getContentAsString());

        assertThat(confirmed.select(".flash").text())
                .startsWith("Merci Camille : votre demande d’adhésion est transmise au bureau");
        assertThat(row("alix@adhesion.example")).containsEntry("status", "PENDING");
        MockHttpServletResponse again =
                mvc.perform(post(link).with(csrf())).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(html(again).select("h1").text()).isEqualTo("Ce lien n’est pas (ou plus) valable");
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/adherer/confirmation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/adherer/confirmation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("without the form's CSRF token")
                .isEqualTo(403);
        assertThat(jdbc.sql("select subject from mail_outbox where recipient = 'alix@adhesion.example' order by id")
                        .query(String.class)
                        .list())
                .endsWith("Votre demande d'adhésion est transmise au bureau");
    }

    @Test
    void anExpiredConfirmationLinkOpensNothingAndTheApplicationIsPurged() throws Exception {
        apply(validForm("tardif@adhesion.example"));
        String link = confirmationLink("tardif@adhesion.example");
        jdbc.sql("update membership_application set confirm_expires_at = now() - interval '1 minute' "
                        + "where email = 'tardif@adhesion.example'")
                .update();

        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(link).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        applications.purgeUnconfirmed();

        assertThat(jdbc.sql("select count(*) from membership_application where email = 'tardif@adhesion.example'")
                        .query(Long.class)
                        .single())
                .isZero();
        jdbc.sql("update form_attempt set created_at = created_at - interval '1 hour' "
                        + "where email = 'tardif@adhesion.example'")
                .update();
        assertThat(apply(validForm("tardif@adhesion.example")).getRedirectedUrl())
                .isEqualTo("/adherer/merci");
        assertThat(applications("tardif@adhesion.example"))
                .as("may apply again")
                .isEqualTo(1);
    }

    @Test
    void aSecondApplicationGetsTheSameAnswerAndTheAddressItsOwnerAMailQuotingNothing() throws Exception {
        String first = apply(validForm("double@adhesion.example")).getRedirectedUrl();
        String reference = (String) row("double@adhesion.example").get("reference");
        jdbc.sql("update form_attempt set created_at = created_at - interval '11 minutes' "
                        + "where email = 'double@adhesion.example'")
                .update();
        Map<String, String> again = validForm(" DOUBLE@adhesion.example ");
        again.put("firstName", "Achetez http://evil.example");
        again.put("organisation", "Achetez http://evil.example");
        again.put("motivation", "<b>spam</b> http://evil.example");

        MockHttpServletResponse second = apply(again);

        assertThat(second.getRedirectedUrl())
                .as("the answer tells nobody the address applied")
                .isEqualTo(first);
        assertThat(applications("double@adhesion.example")).isEqualTo(1);
        List<String> mails = jdbc.sql("select subject || '\n' || body_text from mail_outbox "
                        + "where recipient = 'double@adhesion.example' order by id")
                .query(String.class)
                .list();
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1))
                .startsWith("Votre demande d'adhésion à l'ICMF est déjà en cours")
                .contains(reference, "Confirmez votre adresse")
                .doesNotContain("Achetez", "spam", "evil.example", "<b>", "Camille", "Martin");
    }

    @Test
    void mailsAnAddressAtMostOnceInTheIntervalAndLimitsEachClient() throws Exception {
        RequestPostProcessor client = PublicForms.newClient();
        for (int i = 1; i <= 3; i++) {
            assertThat(mvc.perform(form(client, validForm("vite@adhesion.example")))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl())
                    .as("the usual answer, known address or not")
                    .isEqualTo("/adherer/merci");
        }
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = 'vite@adhesion.example'")
                        .query(Long.class)
                        .single())
                .as("one mail within the interval")
                .isEqualTo(1);

        for (int i = 4; i <= 5; i++) {
            mvc.perform(form(client, validForm("vite" + i + "@adhesion.example")));
        }
        Document limited = html(mvc.perform(form(client, validForm("vite6@adhesion.example")))
                .andReturn()
                .getResponse());
        assertThat(limited.select(".form-error[role=alert]").text())
                .contains("Plusieurs demandes ont été envoyées depuis votre connexion");
        assertThat(limited.select("#lastName").val()).isEqualTo("Martin");
        assertThat(applications("vite6@adhesion.example")).isZero();
        assertThat(apply(validForm("vite6@adhesion.example")).getRedirectedUrl())
                .as("another client")
                .isEqualTo("/adherer/merci");
        assertThat(applications("vite6@adhesion.example")).isEqualTo(1);
    }

    @Test
    void aFormSentTooFastOrWithoutStampIsShownAgainAndStoresNothing() throws Exception {
        Map<String, String> fast = validForm("robot-rapide@adhesion.example");
        fast.put("stamp", FormStamps.shownSecondsAgo(0));
        Document tooFast = html(apply(fast));
        assertThat(tooFast.select(".form-error[role=alert]").text()).contains("envoyé trop vite");
        assertThat(tooFast.select("input[name=stamp]").val()).isEqualTo(fast.get("stamp"));

        Map<String, String> forged = validForm("robot-rapide@adhesion.example");
        forged.put("stamp", "123.forged");
        Document stale = html(apply(forged));
        assertThat(stale.select(".form-error[role=alert]").text()).contains("Ce formulaire a expiré");
        assertThat(stale.select("input[name=stamp]").val()).matches("\\d+\\.[A-Za-z0-9_-]{43}");
        assertThat(stale.select("#firstName").val()).isEqualTo("Camille");
        assertThat(applications("robot-rapide@adhesion.example")).isZero();
        assertThat(html(mvc.perform(get("/adherer")).andReturn().getResponse())
                        .select("input[name=stamp]")
                        .val())
                .matches("\\d+\\.[A-Za-z0-9_-]{43}");
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
        expected.forEach((field, message) -> assertThat(
                        page.select("#" + field + "-erreur").text())
                .as(field)
                .isEqualTo(message));
        assertThat(page.select(".field-error").eachText())
                .contains("Choisissez les rôles dans la liste.", "Choisissez une civilité dans la liste, ou aucune.");
        assertThat(page.select("#firstName").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.select("#phone").val()).isEqualTo("06 12");
        assertThat(page.html()).doesNotContain("<script>alert(1)</script>");
        assertThat(jdbc.sql("select count(*) from membership_application where email = 'pas-une-adresse'")
                        .query(Long.class)
                        .single())
                .isZero();

        Map<String, String> phone = validForm("tel@adhesion.example");
        phone.put("phone", "06 12");
        phone.put("feeAmount", "trente");
        phone.put("postalCode", "370");
        Document second = html(apply(phone));
        assertThat(second.select("#postalCode-erreur").text())
                .isEqualTo("Un code postal français compte 5 chiffres (par exemple 37000).");
        assertThat(second.select("#phone-erreur").text()).startsWith("Ce numéro de téléphone n'est pas valide");
        assertThat(second.select("#feeAmount-erreur").text())
                .isEqualTo("Indiquez un montant en euros, par exemple 30 ou 25,50.");
    }

    @Test
    void storesNothingWhenTheHoneypotIsFilled() throws Exception {
        Map<String, String> robot = validForm("robot@adhesion.example");
        robot.put("website", "http://spam.example");

        assertThat(apply(robot).getRedirectedUrl()).isEqualTo("/adherer/merci");
        assertThat(jdbc.sql("select count(*) from membership_application where email = 'robot@adhesion.example'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aHundredParallelSubmissionsMakeAHundredApplicationsAndTheSameEmailOnlyOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        RequestPostProcessor impatient = PublicForms.newClient();
        for (int i = 0; i < 110; i++) {
            // 100 different people, and one person who pressed the button 10 times.
            String email = i < 100 ? "foule" + i + "@adhesion.example" : "impatient@adhesion.example";
            RequestPostProcessor client = i < 100 ? PublicForms.newClient() : impatient;
            answers.add(pool.submit(() -> {
                start.await();
                return mvc.perform(form(client, validForm(email)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isIn(200, 302);
        }
        pool.shutdown();

        assertThat(jdbc.sql("select count(*) from membership_application where email like 'foule%@adhesion.example'")
                        .query(Long.class)
                        .single())
                .isEqualTo(100);
        assertThat(jdbc.sql(
                                "select count(distinct email) from membership_application where email like 'foule%@adhesion.example'")
                        .query(Long.class)
                        .single())
                .isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from membership_application where email = 'impatient@adhesion.example'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like 'foule%@adhesion.example'")
                        .query(Long.class)
                        .single())
                .isEqualTo(100);
    }
}
