package org.icmf.events.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.icmf.events.EventFixtures;
import org.icmf.events.Registrant;
import org.icmf.events.Registrations;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.AsyncEvents;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The board creates, duplicates, cancels and deletes events, and manages and exports their registrations. */
@SiteTest
class AdminEventsTests {

    private static final BoardUser EDITOR = new BoardUser(
            5151, "evenements@icmf.example", "Pôle événements", "{noop}unused", true, EnumSet.of(Role.EDITOR));
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Registrations registrations;

    @AfterEach
    void removeTestEvents() {
        jdbc.sql("delete from mail_outbox where recipient like '%@essai.example'")
                .update();
        jdbc.sql("delete from event where title like 'Essai%'").update();
        jdbc.sql("delete from event_mail_request").update();
    }

    private static String inDays(int days) {
        return LOCAL.format(LocalDateTime.now(ZoneId.of("Europe/Paris"))
                .plusDays(days)
                .withHour(18)
                .withMinute(30));
    }

    private MockHttpServletRequestBuilder eventForm(String url, String title, String startsAt, String... overrides) {
        return EventFixtures.adminForm(url, EDITOR, title, startsAt, overrides);
    }

    private long create(String title, String startsAt, String... overrides) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        eventForm("/admin/evenements/nouveau", title, startsAt, overrides))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl())
                .as(response.getContentAsString())
                .startsWith("/admin/evenements/");
        return Long.parseLong(response.getRedirectedUrl().substring("/admin/evenements/".length()));
    }

    private String slug(long id) {
        return jdbc.sql("select slug from event where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Document admin(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(EDITOR)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private List<String> subjectsTo(String email) {
        return jdbc.sql("select subject from mail_outbox where recipient = :email order by id")
                .param("email", email)
                .query(String.class)
                .list();
    }

    @Test
    void createsAnEventWhoseAddressComesFromItsTitleAndMonth() throws Exception {
        long id = create("Essai Café de Tours", "2027-02-10T18:30");

        assertThat(slug(id)).isEqualTo("essai-cafe-de-tours-fevrier-2027");
        Document page = Jsoup.parse(mvc.perform(get("/evenements/" + slug(id)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".event-facts").text())
                .contains(
                        "mercredi 10 février 2027 à 18h30",
                        "Le Bistrot",
                        "1 place Plumereau, 37000 Tours, France",
                        "3 places restantes sur 3");
        assertThat(page.select(".post-body strong").text()).isEqualTo("mensuel");
        assertThat(admin("/admin/evenements").select("tbody tr").text())
                .contains("Essai Café de Tours", "0 / 3 personnes");
    }

    @Test
    void rejectsBadInputWithFrenchMessagesAndKeepsWhatWasTyped() throws Exception {
        Document form = Jsoup.parse(mvc.perform(eventForm(
                        "/admin/evenements/nouveau",
                        "",
                        "2027-02-30T18:00",
                        "endsAt",
                        "2027-02-01T10:00",
                        "capacity",
                        "-4",
                        "maxCompanions",
                        "50",
                        "onlineUrl",
                        "javascript:alert(1)",
                        "category",
                        "BANQUET"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(form.select("#title-erreur").text()).isEqualTo("Donnez un titre à l'événement.");
        assertThat(form.select("#startsAt-erreur").text()).isEqualTo("Cette date n'existe pas.");
        assertThat(form.select("#capacity-erreur").text())
                .startsWith("Le nombre de places est un nombre entier positif");
        assertThat(form.select("#maxCompanions-erreur").text()).isEqualTo("Le nombre d'accompagnants va de 0 à 20.");
        assertThat(form.select("#onlineUrl-erreur").text())
                .isEqualTo("Le lien de la visio-conférence doit commencer par https://.");
        assertThat(form.select("#category-erreur").text()).isEqualTo("Choisissez une catégorie dans la liste.");
        assertThat(form.select("#venueName").val()).isEqualTo("Le Bistrot");
        assertThat(jdbc.sql("select count(*) from event where venue_name = 'Le Bistrot'")
                        .query(Long.class)
                        .single())
                .isZero();

        Document order = Jsoup.parse(mvc.perform(eventForm(
                        "/admin/evenements/nouveau",
                        "Essai ordre",
                        "2027-02-10T18:00",
                        "endsAt",
                        "2027-02-10T17:00",
                        "registrationDeadline",
                        "2027-02-11T10:00"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(order.select("#endsAt-erreur").text()).isEqualTo("La fin doit venir après le début.");
        assertThat(order.select("#registrationDeadline-erreur").text())
                .isEqualTo("La clôture des inscriptions ne peut pas venir après le début.");
    }

    @Test
    void duplicatesAnEventForTheNextMonth() throws Exception {
        long id = create("Essai Café mensuel", "2027-01-13T18:30");

        Document copy = admin("/admin/evenements/nouveau?copie=" + id);

        assertThat(copy.select("#title").val()).isEqualTo("Essai Café mensuel");
        assertThat(copy.select("#startsAt").val()).isEqualTo("2027-02-13T18:30");
        assertThat(copy.select("#venueName").val()).isEqualTo("Le Bistrot");
        assertThat(copy.select("#slug").val()).isEmpty();
        long second = create("Essai Café mensuel", "2027-02-13T18:30");
        assertThat(slug(second)).isEqualTo("essai-cafe-mensuel-fevrier-2027");
    }

    @Test
    void listsCountsAddsAndRemovesRegistrationsAndTheWaitlistMovesUp() throws Exception {
        long id = create("Essai inscriptions", inDays(15));
        registrations.addByBoard(id, new Registrant("Alix", "Durand", "alix@essai.example", "ICMF", 1));
        registrations.signUp(
                slug(id), new Registrant("Chloé", "Petit", "chloe@essai.example", null, 0), "adresse-essai");
        mvc.perform(post("/admin/evenements/" + id + "/inscriptions")
                .with(user(EDITOR))
                .with(csrf())
                .param("firstName", "Bao")
                .param("lastName", "Nguyen")
                .param("email", "bao@essai.example")
                .param("organisation", "")
                .param("companions", "1")
                .param("consent", "true"));

        Document page = admin("/admin/evenements/" + id + "/inscriptions");
        assertThat(page.select(".dashboard").text())
                .contains(
                        "2 personnes confirmées sur 3 places",
                        "2 personnes en liste d’attente",
                        "1 adresses à confirmer (sans place)");
        Elements registered = page.select("#inscriptions tbody tr");
        assertThat(registered).hasSize(2);
        assertThat(registered.get(0).text()).startsWith("Alix Durand alix@essai.example ICMF 1 Confirmée");
        assertThat(registered.get(1).text()).startsWith("Bao Nguyen bao@essai.example — 1 En liste d'attente");
        assertThat(page.select("#inscriptions-non-confirmees tbody tr").eachText())
                .as("the unconfirmed sign-up, apart, holding no seat")
                .singleElement()
                .asString()
                .startsWith("Chloé Petit chloe@essai.example 0");
        assertThat(subjectsTo("bao@essai.example")).containsExactly("Liste d'attente : Essai inscriptions");

        long alix = jdbc.sql("select id from event_registration where email = 'alix@essai.example'")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/evenements/" + id + "/inscriptions/" + alix + "/retirer")
                .with(user(EDITOR))
                .with(csrf()));

        assertThat(subjectsTo("alix@essai.example")).endsWith("Inscription annulée : Essai inscriptions");
        assertThat(subjectsTo("bao@essai.example")).endsWith("Une place s'est libérée : Essai inscriptions");
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("select action || ' by ' || actor_name from audit_entry where subject_type = 'event' "
                                + "and subject_id = :id order by occurred_at, id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "created by Pôle événements",
                        "registration-added by Pôle événements",
                        "registration-removed by Pôle événements");
    }

    @Test
    void exportsRegistrationsAsCsvForAFrenchSpreadsheet() throws Exception {
        long id = create("Essai export", inDays(15), "capacity", "");
        registrations.addByBoard(
                id,
                new Registrant("Élodie", "Dupont; fille", "elodie@essai.example", "=HYPERLINK(\"http://evil\")", 1));
        registrations.signUp(
                slug(id), new Registrant("Non", "Confirmé", "pas-confirme@essai.example", null, 0), "adresse-essai");
        registrations.addByBoard(id, new Registrant("Jean", "Martin", "jean@essai.example", "Société \"ABC\"", 0));

        MockHttpServletResponse csv = mvc.perform(
                        get("/admin/evenements/" + id + "/inscriptions.csv").with(user(EDITOR)))
                .andReturn()
                .getResponse();

        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains("inscriptions-essai-export");
        byte[] bytes = csv.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines =
                List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Prénom;Nom;E-mail;Organisation;Accompagnants;Statut;Inscrit le");
        assertThat(lines.get(1))
                .startsWith(
                        "Élodie;\"Dupont; fille\";elodie@essai.example;\"'=HYPERLINK(\"\"http://evil\"\")\";1;Confirmée;");
        assertThat(lines.get(2)).startsWith("Jean;Martin;jean@essai.example;\"Société \"\"ABC\"\"\";0;Confirmée;");
        assertThat(lines)
                .as("an unconfirmed sign-up is nobody's registration yet")
                .hasSize(3);
    }

    @Test
    void registrationsExportMakesFormulasInertEvenAfterALineBreak() throws Exception {
        long id = create("Essai export formules", inDays(15), "capacity", "");
        registrations.addByBoard(id, new Registrant("Élodie", "Dupont", "elodie@essai.example", "ICMF", 0));
        // Stored straight, as older data may hold: the form refuses line breaks in these fields.
        jdbc.sql("update event_registration set first_name = :first, organisation = :organisation "
                        + "where email = 'elodie@essai.example'")
                .param("first", "x\n=cmd")
                .param("organisation", "\n=HYPERLINK(\"http://evil\")")
                .update();

        String csv = mvc.perform(
                        get("/admin/evenements/" + id + "/inscriptions.csv").with(user(EDITOR)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv)
                .contains("\r\n\"x\n=cmd\";Dupont;elodie@essai.example;\"'\n=HYPERLINK(\"\"http://evil\"\")\";0;");
    }

    @Test
    void cancellingAnEventTellsEveryRegistrantAndClosesRegistration() throws Exception {
        long id = create("Essai annulation", inDays(15));
        registrations.addByBoard(id, new Registrant("Alix", "Durand", "alix@essai.example", null, 0));

        assertThat(admin("/admin/evenements/" + id + "/annuler").select("h1").text())
                .isEqualTo("Annuler cet événement ?");
        mvc.perform(post("/admin/evenements/" + id + "/annuler")
                .with(user(EDITOR))
                .with(csrf())
                .param("message", "La salle est indisponible ; rendez-vous le mois prochain."));

        assertThat(subjectsTo("alix@essai.example")).endsWith("Événement annulé : Essai annulation");
        assertThat(jdbc.sql(
                                "select body_text from mail_outbox where recipient = 'alix@essai.example' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .contains("La salle est indisponible ; rendez-vous le mois prochain.");
        Document page = Jsoup.parse(mvc.perform(get("/evenements/" + slug(id)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".registration").text())
                .contains("L’événement est annulé : les inscriptions sont fermées.");
    }

    @Test
    void writesToEveryRegistrantAndDeletesAnEventAfterConfirmation() throws Exception {
        long id = create("Essai message", inDays(15));
        registrations.addByBoard(id, new Registrant("Alix", "Durand", "alix@essai.example", null, 0));

        mvc.perform(post("/admin/evenements/" + id + "/message")
                .with(user(EDITOR))
                .with(csrf())
                .param("subject", "Changement d'horaire")
                .param("text", "On commence à 19 h."));
        assertThat(subjectsTo("alix@essai.example")).endsWith("Changement d'horaire — Essai message");

        assertThat(admin("/admin/evenements/" + id + "/supprimer").select("h1").text())
                .isEqualTo("Supprimer cet événement ?");
        mvc.perform(post("/admin/evenements/" + id + "/supprimer")
                .with(user(EDITOR))
                .with(csrf()));
        assertThat(jdbc.sql("select count(*) from event where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(mvc.perform(get("/evenements/" + "essai-message"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void remindsConfirmedRegistrantsOnceTheDayBefore() throws Exception {
        long soon = create("Essai demain", inDays(1), "capacity", "1");
        long later = create("Essai plus tard", inDays(5));
        registrations.addByBoard(soon, new Registrant("Alix", "Durand", "alix@essai.example", null, 0));
        registrations.addByBoard(soon, new Registrant("Bao", "Nguyen", "bao@essai.example", null, 0));
        registrations.addByBoard(later, new Registrant("Chloé", "Petit", "chloe@essai.example", null, 0));
        jdbc.sql("update event set starts_at = now() + interval '20 hours' where id = :id")
                .param("id", soon)
                .update();

        registrations.sendReminders();
        registrations.sendReminders();

        assertThat(subjectsTo("alix@essai.example"))
                .filteredOn(subject -> subject.startsWith("Rappel : Essai demain"))
                .hasSize(1);
        assertThat(jdbc.sql(
                                "select count(*) from event_reminder m join event_registration r on r.id = m.registration_id "
                                        + "where r.event_id = :id")
                        .param("id", soon)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(subjectsTo("bao@essai.example"))
                .as("waitlisted")
                .isNotEmpty()
                .noneMatch(subject -> subject.startsWith("Rappel"));
        assertThat(subjectsTo("chloe@essai.example"))
                .as("not yet")
                .isNotEmpty()
                .noneMatch(subject -> subject.startsWith("Rappel"));
    }

    @Test
    void twoInstancesRunningTheRemindersAtOnceSendEachReminderOnce() throws Exception {
        long soon = create("Essai demain ensemble", inDays(1), "capacity", "");
        List<String> emails = List.of("alix@essai.example", "bao@essai.example", "chloe@essai.example");
        for (String email : emails) {
            registrations.addByBoard(soon, new Registrant("Alix", "Durand", email, null, 0));
        }
        jdbc.sql("update event set starts_at = now() + interval '20 hours' where id = :id")
                .param("id", soon)
                .update();

        ExecutorService instances = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(instances.submit(() -> {
                start.await();
                registrations.sendReminders();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        instances.shutdown();

        for (String email : emails) {
            assertThat(subjectsTo(email))
                    .as(email)
                    .filteredOn(subject -> subject.startsWith("Rappel : Essai demain ensemble"))
                    .hasSize(1);
        }
    }

    @Test
    void forgetsTheRegistrantsOfEventsOlderThanTheRetentionPeriod() throws Exception {
        long old = create("Essai ancien", inDays(10));
        long recent = create("Essai récent", inDays(10));
        registrations.addByBoard(old, new Registrant("Alix", "Durand", "alix@essai.example", null, 0));
        registrations.addByBoard(recent, new Registrant("Bao", "Nguyen", "bao@essai.example", null, 0));
        jdbc.sql("update event set starts_at = now() - interval '400 days' where id = :id")
                .param("id", old)
                .update();

        registrations.purgeOldRegistrations();

        assertThat(jdbc.sql("select email from event_registration where event_id in (:ids)")
                        .param("ids", List.of(old, recent))
                        .query(String.class)
                        .list())
                .containsExactly("bao@essai.example");
        assertThat(jdbc.sql("select count(*) from event where id = :id")
                        .param("id", old)
                        .query(Long.class)
                        .single())
                .as("the event stays in the calendar")
                .isEqualTo(1);
    }
}
