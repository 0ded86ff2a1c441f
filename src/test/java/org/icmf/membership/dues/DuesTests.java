package org.icmf.membership.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icmf.membership.MembershipFixtures;
import org.icmf.membership.application.Applicant;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
import org.icmf.regions.Region;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
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

/** The treasurer records cheques at /admin/cotisations; members are then up to date for the year. */
@SiteTest
class DuesTests {

    private static final BoardUser TREASURER = new BoardUser(
            7171, "tresorier@icmf.example", "Trésorier ICMF", "{noop}unused", true, EnumSet.of(Role.TREASURER));

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
        jdbc.sql("delete from mail_outbox where recipient like '%@dues.example'")
                .update();
        jdbc.sql(
                        "delete from membership_due where member_id in (select id from membership_member where email like '%@dues.example')")
                .update();
        jdbc.sql("delete from membership_due where receipt_number like 'ESSAI-%'")
                .update();
        jdbc.sql("delete from membership_payment where bank = 'Banque des essais'")
                .update();
        jdbc.sql(
                        "delete from regions_representative where member_id in (select id from membership_member where email like '%@dues.example')")
                .update();
        jdbc.sql("delete from membership_member where email like '%@dues.example'")
                .update();
        jdbc.sql("delete from membership_application where email like '%@dues.example'")
                .update();
    }

    private String member(String firstName) {
        return member(firstName, Region.CENTRE_VAL_DE_LOIRE, false);
    }

    private String member(String firstName, Region region, boolean inDirectory) {
        return member(firstName, region, inDirectory, false);
    }

    private String member(String firstName, Region region, boolean inDirectory, boolean regionalVolunteer) {
        String email = firstName.toLowerCase() + "@dues.example";
        long id = MembershipFixtures.confirmedApplication(
                applications,
                jdbc,
                new Applicant(
                        null,
                        firstName,
                        "Essai",
                        email,
                        null,
                        "1 rue",
                        "37000",
                        "Tours",
                        "France",
                        region,
                        "Agence " + firstName,
                        null,
                        "Community manager",
                        null,
                        null,
                        null,
                        regionalVolunteer,
                        Set.of(),
                        new BigDecimal("30"),
                        inDirectory));
        return review.accept(id, new Actor(7171L, "Trésorier ICMF"));
    }

    private MockHttpServletRequestBuilder cheque(
            String numbers, String amount, String chequeNumber, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memberNumbers", numbers);
        fields.put("amountPerMember", amount);
        fields.put("chequeNumber", chequeNumber);
        fields.put("bank", "Banque des essais");
        fields.put("receivedOn", Year.now() + "-03-12");
        fields.put("payerName", "");
        fields.put("year", "");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/admin/cotisations").with(user(TREASURER)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Document members(String search) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/membres?q=" + search).with(user(TREASURER)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void oneChequeForSeveralMembersMakesThemUpToDateWithAReceiptEachAndTellsThem() throws Exception {
        String alix = member("Alix");
        String bao = member("Bao");
        assertThat(members("dues.example").select("tbody tr td:last-child").eachText())
                .containsOnly("Non réglée");

        mvc.perform(cheque(alix + ", " + bao, "25,50", "1234567", "payerName", "Agence Web"));

        assertThat(members("dues.example").select("tbody tr td:last-child").eachText())
                .containsOnly("À jour");
        assertThat(jdbc.sql("select amount from membership_payment where cheque_number = '1234567'")
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("51.00");
        List<String> receipts = jdbc.sql("select d.receipt_number from membership_due d join membership_member m "
                        + "on m.id = d.member_id where m.email like '%@dues.example' order by d.id")
                .query(String.class)
                .list();
        assertThat(receipts)
                .hasSize(2)
                .allMatch(receipt -> receipt.matches(Year.now() + "-\\d{4}"))
                .doesNotHaveDuplicates();
        assertThat(jdbc.sql(
                                "select subject from mail_outbox where recipient = 'bao@dues.example' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("Cotisation " + Year.now() + " reçue : merci !");
        byte[] attached = jdbc.sql("select a.data from mail_outbox_attachment a join mail_outbox m on m.id = a.mail_id "
                        + "where m.recipient = 'bao@dues.example' and a.file_name = :name")
                .param("name", "attestation-cotisation-" + receipts.get(1) + ".pdf")
                .query(byte[].class)
                .single();
        assertThat(text(attached))
                .contains(
                        "Bao Essai",
                        "membre n° " + bao,
                        "25,50 €",
                        "vingt-cinq euros et cinquante centimes",
                        "chèque n° 1234567",
                        "Agence Web");
        MockHttpServletResponse again = mvc.perform(get("/admin/cotisations/attestations/" + receipts.get(0) + ".pdf")
                        .with(user(TREASURER)))
                .andReturn()
                .getResponse();
        assertThat(again.getContentType()).isEqualTo("application/pdf");
        assertThat(text(again.getContentAsByteArray())).contains("Alix Essai", receipts.get(0), "Trésorier ICMF");
        assertThat(mvc.perform(get("/admin/cotisations/attestations/1999-0001.pdf")
                                .with(user(TREASURER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        Document page = Jsoup.parse(mvc.perform(get("/admin/cotisations").with(user(TREASURER)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("section:has(#cheques) tbody tr").first().text())
                .contains("n° 1234567, Banque des essais", "Agence Web", "51,00 €");
        long thisYear = jdbc.sql("select count(*) from membership_due where year = :year")
                .param("year", Year.now().getValue())
                .query(Long.class)
                .single();
        assertThat(page.select("section:has(#totaux) tbody tr").eachText())
                .as("the kept totals agree with the dues recorded (and deleted by earlier tests)")
                .anyMatch(row -> row.startsWith(Year.now() + " " + thisYear + " "));
    }

    @Test
    void theYearTotalsFollowDuesRecordedMovedAndDeletedManyInOneStatement() {
        long payment = jdbc.sql("""
                        insert into membership_payment (amount, cheque_number, bank, received_on, recorded_at,
                            recorded_by_name)
                        values (300, '7654321', 'Banque des essais', current_date, now(), 'Trésorier ICMF')
                        returning id""").query(Long.class).single();
        jdbc.sql("""
                        insert into membership_due (receipt_number, payment_id, year, amount)
                        select 'ESSAI-' || i, :payment, 1990 + i % 2, 10 * i from generate_series(1, 10) i""").param("payment", payment).update();
        assertThat(essayTotals()).containsExactly("1990 5 300.00", "1991 5 250.00");

        jdbc.sql("update membership_due set year = 1992, amount = amount + 1 where receipt_number like 'ESSAI-%'"
                        + " and year = 1991")
                .update();
        assertThat(essayTotals()).containsExactly("1990 5 300.00", "1992 5 255.00");

        jdbc.sql("delete from membership_due where receipt_number like 'ESSAI-%' and year = 1990")
                .update();
        assertThat(essayTotals())
                .as("a year left without dues is no longer listed")
                .containsExactly("1992 5 255.00");
    }

    private List<String> essayTotals() {
        return jdbc.sql("""
                        select year || ' ' || dues || ' ' || total from membership_due_year_total
                        where year between 1990 and 1992 order by year""").query(String.class).list();
    }

    @Test
    void aMemberWhoPaidLastYearButNotThisYearIsLate() throws Exception {
        String alix = member("Alix");
        mvc.perform(
                cheque(alix, "30", "7654321", "year", String.valueOf(Year.now().getValue() - 1)));

        assertThat(members("alix@dues.example").select("tbody tr td:last-child").text())
                .isEqualTo("En retard");
    }

    @Test
    void theTreasurerListsAndExportsMembersByStandingThisYear() throws Exception {
        String alix = member("Alix");
        String bao = member("Bao");
        String chloe = member("Chloé");
        String last = String.valueOf(Year.now().getValue() - 1);
        mvc.perform(cheque(alix, "30", "1111111"));
        mvc.perform(cheque(bao, "30", "2222222", "year", last));
        mvc.perform(
                cheque(chloe, "30", "3333333", "year", String.valueOf(Year.now().getValue() - 2)));

        Function<String, List<String>> listed = standing -> {
            try {
                return Jsoup.parse(mvc.perform(get("/admin/membres?q=dues.example&cotisation=" + standing)
                                        .with(user(TREASURER)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("tbody tr td:first-child")
                        .eachText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        assertThat(listed.apply("UP_TO_DATE")).containsExactly(alix);
        assertThat(listed.apply("LATE")).containsExactly(bao);
        assertThat(listed.apply("NEVER_PAID"))
                .as("paid two years ago: not up to date, not merely late")
                .containsExactly(chloe);
        assertThat(listed.apply("FORGED")).containsExactlyInAnyOrder(alix, bao, chloe);
        Document page = Jsoup.parse(
                mvc.perform(get("/admin/membres?q=dues.example&cotisation=LATE").with(user(TREASURER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("#cotisation option[selected]").text()).isEqualTo("En retard");
        String csv = mvc.perform(
                        get(page.select("a[href*=export.csv]").attr("href")).with(user(TREASURER)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).map(line -> line.split(";")[0]).toList()).containsExactly(bao);
    }

    @Test
    void refusesUnknownMembersDuesAlreadyRecordedAndBadAmountsKeepingWhatWasTyped() throws Exception {
        String alix = member("Alix");
        mvc.perform(cheque(alix, "30", "1111111"));

        Document twice = Jsoup.parse(mvc.perform(cheque(alix + ", 1999-0042", "30", "2222222"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(twice.select("#memberNumbers-erreur").text())
                .isEqualTo("Ces numéros ne sont ceux d’aucun membre : 1999-0042.");
        assertThat(twice.select("#chequeNumber").val()).isEqualTo("2222222");

        Document paid = Jsoup.parse(mvc.perform(cheque(alix, "30", "3333333"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(paid.select("#memberNumbers-erreur").text())
                .isEqualTo("La cotisation " + Year.now() + " de ces membres est déjà enregistrée : " + alix + ".");

        Document bad = Jsoup.parse(mvc.perform(cheque("<script>", "0", "", "receivedOn", "2026-02-30"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(bad.select("#memberNumbers-erreur").text())
                .startsWith("Indiquez des numéros de membre séparés par des virgules");
        assertThat(bad.select("#amountPerMember-erreur").text()).startsWith("Indiquez un montant positif en euros");
        assertThat(bad.select("#chequeNumber-erreur").text()).isEqualTo("Indiquez le numéro du chèque.");
        assertThat(bad.select("#receivedOn-erreur").text())
                .isEqualTo("Date invalide : choisissez un jour dans le calendrier.");
        assertThat(jdbc.sql("select count(*) from membership_payment where bank = 'Banque des essais'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDirectoryShowsOnlyMembersWhoOptedInAndAreUpToDateWithoutTheirEmail() throws Exception {
        String alix = member("Alix", Region.BRETAGNE, true);
        String bao = member("Bao", Region.BRETAGNE, false);
        member("Chloé", Region.BRETAGNE, true);
        String dan = member("Dan", Region.CORSE, true);
        mvc.perform(cheque(alix + ", " + bao + ", " + dan, "30", "5555555"));

        Document bretagne = Jsoup.parse(mvc.perform(get("/association/membres?region=BRETAGNE"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(bretagne.select(".directory li strong").eachText())
                .contains("Alix Essai")
                .doesNotContain("Bao Essai", "Chloé Essai", "Dan Essai");
        assertThat(bretagne.select(".directory").text())
                .contains("Agence Alix", "Community manager", "Bretagne")
                .doesNotContain("@dues.example");
        assertThat(Jsoup.parse(mvc.perform(get("/association/membres"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select(".directory li strong")
                        .eachText())
                .contains("Alix Essai", "Dan Essai");
    }

    /**
     * The cheques, the applications, the members and the directory are paged without a total (their tables hold 100,000 rows at a
     * long-lived association's size): "Page N", and links to the pages before and after that keep the filters.
     */
    @Test
    void pagesChequesMembersAndTheDirectoryThirtyAtATimeWithoutATotal() throws Exception {
        // Made in the reverse order of names, so that every list shows its own order, not the table's.
        for (int i = 31; i >= 1; i--) {
            String number = member("Page%02d".formatted(i), Region.MAYOTTE, true);
            mvc.perform(cheque(number, "30", "P%07d".formatted(i)));
        }

        Document cheques = page("/admin/cotisations");
        assertThat(cheques.select("section:has(#cheques) tbody tr")).hasSize(30);
        assertPagedFirst(cheques, "/admin/cotisations?page=2");
        Document lastCheques = page("/admin/cotisations?page=2");
        assertThat(lastCheques.select("section:has(#cheques) tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("n° P0000031"));
        assertPagedSecond(lastCheques, "/admin/cotisations");

        Document applications = page("/admin/adhesions?statut=ACCEPTED&q=page");
        assertThat(applications.select("tbody tr")).hasSize(30);
        assertPagedFirst(applications, "/admin/adhesions?statut=ACCEPTED&q=page&page=2");
        Document lastApplications = page("/admin/adhesions?statut=ACCEPTED&q=page&page=2");
        assertThat(lastApplications.select("tbody tr").eachText())
                .singleElement()
                .asString()
                .contains("Page31 Essai");
        assertPagedSecond(lastApplications, "/admin/adhesions?statut=ACCEPTED&q=page");

        Document members = page("/admin/membres?q=page&cotisation=UP_TO_DATE");
        assertThat(members.select("tbody tr")).hasSize(30);
        assertThat(members.select("tbody tr").first().text()).contains("Page01 Essai");
        assertPagedFirst(members, "/admin/membres?q=page&cotisation=UP_TO_DATE&page=2");
        Document lastMembers = page("/admin/membres?q=page&cotisation=UP_TO_DATE&page=2");
        assertThat(lastMembers.select("tbody tr").eachText())
                .singleElement()
                .asString()
                .contains("Page31 Essai");
        assertPagedSecond(lastMembers, "/admin/membres?q=page&cotisation=UP_TO_DATE");

        Document directory = page("/association/membres?region=MAYOTTE");
        assertThat(directory.select(".directory li strong").eachText())
                .hasSize(30)
                .startsWith("Page01 Essai", "Page02 Essai");
        assertPagedFirst(directory, "/association/membres?region=MAYOTTE&page=2");
        Document lastDirectory = page("/association/membres?region=MAYOTTE&page=2");
        assertThat(lastDirectory.select(".directory li strong").eachText()).containsExactly("Page31 Essai");
        assertPagedSecond(lastDirectory, "/association/membres?region=MAYOTTE");
        assertThat(mvc.perform(get("/association/membres?region=MAYOTTE&page=3"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private Document page(String url) throws Exception {
        var response = mvc.perform(get(url).with(user(TREASURER))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static void assertPagedFirst(Document page, String next) {
        assertThat(page.select(".pagination-status").text()).isEqualTo("Page 1");
        assertThat(page.select(".pagination a[rel=prev]")).isEmpty();
        assertThat(page.select(".pagination a[rel=next]").attr("href")).isEqualTo(next);
    }

    private static void assertPagedSecond(Document page, String previous) {
        assertThat(page.select(".pagination-status").text()).isEqualTo("Page 2");
        assertThat(page.select(".pagination a[rel=prev]").attr("href")).isEqualTo(previous);
        assertThat(page.select(".pagination a[rel=next]")).isEmpty();
    }

    @Test
    void exportsMembersAndDuesAsCsvForAFrenchSpreadsheet() throws Exception {
        String alix = member("Alix");
        mvc.perform(cheque(alix, "30", "6666666", "payerName", "=cmd|' /C calc'!A0"));

        MockHttpServletResponse members = mvc.perform(
                        get("/admin/membres/export.csv?q=dues.example").with(user(TREASURER)))
                .andReturn()
                .getResponse();
        String membersCsv = members.getContentAsString(StandardCharsets.UTF_8);
        assertThat(members.getHeader("Content-Disposition")).contains("attachment", "membres-icmf.csv");
        assertThat(membersCsv)
                .startsWith("\uFEFFNuméro;Prénom;Nom;E-mail")
                .contains(alix + ";Alix;Essai;alix@dues.example;")
                .contains(";À jour;non");

        String duesCsv = mvc.perform(
                        get("/admin/cotisations/export.csv?annee=" + Year.now()).with(user(TREASURER)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(duesCsv)
                .startsWith("\uFEFFAttestation;Année;Membre;Prénom;Nom;Montant;Chèque;Banque;Payé par;Reçu le\r\n")
                .as("the payer's formula is made inert by a leading quote")
                .contains(";" + alix + ";Alix;Essai;30,00;6666666;Banque des essais;'=cmd|' /C calc'!A0;");
    }

    @Test
    void membersExportMakesFormulasInertEvenAfterALineBreakOrBlanks() throws Exception {
        String alix = member("Alix");
        // Stored straight, as older data may hold: the forms refuse line breaks in these fields.
        jdbc.sql("update membership_member set organisation = :organisation, job_title = :job, city = :city, "
                        + "street_address = :street where email = 'alix@dues.example'")
                .param("organisation", "=1+2\nabc")
                .param("job", " =1")
                .param("city", "\n=HYPERLINK(\"http://evil\")")
                .param("street", "x\n=cmd")
                .update();

        String csv = mvc.perform(
                        get("/admin/membres/export.csv?q=alix@dues.example").with(user(TREASURER)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv)
                .contains(alix
                        + ";Alix;Essai;alix@dues.example;;\"x\n=cmd\";37000;\"'\n=HYPERLINK(\"\"http://evil\"\")\";"
                        + "France;Centre-Val de Loire;\"'=1+2\nabc\";' =1;");
    }

    @Test
    void remindsLastYearsMembersWhoHaveNotPaidOnceAndLetsThemStop(@Autowired RenewalReminders reminders)
            throws Exception {
        String last = String.valueOf(Year.now().getValue() - 1);
        String alix = member("Alix");
        String bao = member("Bao");
        mvc.perform(cheque(alix + ", " + bao, "30", "8888888", "year", last));
        mvc.perform(cheque(bao, "30", "9999999"));

        reminders.send();
        reminders.send();

        List<String> alixMails = jdbc.sql("select body_text from mail_outbox where recipient = 'alix@dues.example' "
                        + "and subject like 'Renouvellement%'")
                .query(String.class)
                .list();
        assertThat(alixMails).hasSize(1);
        assertThat(jdbc.sql(
                                "select count(*) from mail_outbox where recipient = 'bao@dues.example' and subject like 'Renouvellement%'")
                        .query(Long.class)
                        .single())
                .as("already paid this year")
                .isZero();
        Matcher stop = Pattern.compile("http://localhost:8080(/adherer/rappels/[A-Za-z0-9_-]{43})")
                .matcher(alixMails.get(0));
        assertThat(stop.find()).isTrue();

        assertThat(Jsoup.parse(mvc.perform(get(stop.group(1)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("main form button")
                        .text())
                .isEqualTo("Ne plus recevoir de rappel");
        assertThat(jdbc.sql("select reminders_opt_out from membership_member where email = 'alix@dues.example'")
                        .query(Boolean.class)
                        .single())
                .as("opening the link changes nothing")
                .isFalse();
        mvc.perform(post(stop.group(1)).with(csrf()));
        assertThat(jdbc.sql("select reminders_opt_out from membership_member where email = 'alix@dues.example'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(mvc.perform(post("/adherer/rappels/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void twoRunsOfTheRemindersAtOnceRemindEachMemberOnce(@Autowired RenewalReminders reminders) throws Exception {
        String last = String.valueOf(Year.now().getValue() - 1);
        String lou = member("Lou");
        String max = member("Max");
        mvc.perform(cheque(lou + ", " + max, "30", "7777777", "year", last));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(instances.submit(() -> {
                    start.await();
                    return reminders.send();
                }));
            }
            start.countDown();
            int queued = 0;
            for (Future<Integer> run : runs) {
                queued += run.get(30, TimeUnit.SECONDS);
            }
            assertThat(queued)
                    .as("mails queued by both runs together, whatever else is due")
                    .isGreaterThanOrEqualTo(2);
        } finally {
            instances.shutdownNow();
        }
        for (String email : List.of("lou@dues.example", "max@dues.example")) {
            assertThat(jdbc.sql(
                                    "select count(*) from mail_outbox where recipient = :email and subject like 'Renouvellement%'")
                            .param("email", email)
                            .query(Long.class)
                            .single())
                    .as(email)
                    .isEqualTo(1);
        }
    }

    @Test
    void theBoardDesignatesRegionalRepresentativesAmongVolunteersAndThePublicPageShowsThem() throws Exception {
        member("Yann", Region.BRETAGNE, false, true);
        member("Zoé", Region.BRETAGNE, false, false);
        long yann = jdbc.sql("select id from membership_member where email = 'yann@dues.example'")
                .query(Long.class)
                .single();
        long zoe = jdbc.sql("select id from membership_member where email = 'zoé@dues.example'")
                .query(Long.class)
                .single();
        Document admin =
                Jsoup.parse(mvc.perform(get("/admin/membres/representants").with(user(TREASURER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(admin.select("#member-BRETAGNE option").eachText())
                .anyMatch(option -> option.startsWith("Yann Essai"))
                .noneMatch(option -> option.startsWith("Zoé Essai"));

        mvc.perform(post("/admin/membres/representants")
                .with(user(TREASURER))
                .with(csrf())
                .param("region", "BRETAGNE")
                .param("member", String.valueOf(yann)));

        Document regions = Jsoup.parse(mvc.perform(get("/association/regions"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(regions.select(".directory li").eachText())
                .anyMatch(region -> region.startsWith("Bretagne Yann Essai Agence Yann"))
                .anyMatch(region -> region.startsWith("Corse Nous recherchons un représentant."));
        assertThat(regions.select(".directory li")).hasSize(Region.values().length - 1);
        assertThat(regions.text()).doesNotContain("@dues.example");

        assertThat(mvc.perform(post("/admin/membres/representants")
                                .with(user(TREASURER))
                                .with(csrf())
                                .param("region", "CORSE")
                                .param("member", String.valueOf(zoe)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("not a volunteer")
                .isEqualTo(404);
        mvc.perform(post("/admin/membres/representants")
                .with(user(TREASURER))
                .with(csrf())
                .param("region", "BRETAGNE")
                .param("member", ""));
        assertThat(Jsoup.parse(mvc.perform(get("/association/regions"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select(".directory li")
                        .eachText())
                .anyMatch(region -> region.startsWith("Bretagne Nous recherchons"));
    }
}
