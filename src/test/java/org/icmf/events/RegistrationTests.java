package org.icmf.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Visitors register to events: capacity with companions, waitlist, duplicates, closing, personal links. */
@SiteTest
class RegistrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventEditor editor;

    @AfterEach
    void removeTestEvents() {
        EventFixtures.removeTestEvents(jdbc);
    }

    private String event(int days, Integer capacity, int maxCompanions) {
        return event(days, capacity, maxCompanions, null);
    }

    private String event(int days, Integer capacity, int maxCompanions, String onlineUrl) {
        long id = editor.create(EventFixtures.cafe("Essai café", days, capacity, maxCompanions, onlineUrl),
                EventFixtures.BOARD);
        return EventFixtures.slug(jdbc, id);
    }

    private MockHttpServletResponse register(String slug, String firstName, String email, int companions)
            throws Exception {
        return mvc.perform(post("/evenements/" + slug).with(csrf()).param("firstName", firstName)
                .param("lastName", "Martin").param("email", email).param("organisation", "")
                .param("companions", Integer.toString(companions)).param("consent", "true").param("website", ""))
                .andReturn().getResponse();
    }

    /** The personal link's token of a registration just made (from its redirect). */
    private static String token(MockHttpServletResponse response) {
        assertThat(response.getRedirectedUrl()).as(response.getContentAsByteArray().length + " bytes")
                .startsWith("/evenements/inscription/");
        return response.getRedirectedUrl().substring("/evenements/inscription/".length()).replace("?nouvelle", "");
    }

    private List<String> statuses(String slug) {
        return jdbc.sql("select r.first_name || ':' || r.status from event_registration r join event e on e.id = r.event_id "
                + "where e.slug = :slug order by r.id").param("slug", slug).query(String.class).list();
    }

    private List<String> mailsTo(String email) {
        return jdbc.sql("select subject from mail_outbox where recipient = :email order by id").param("email", email)
                .query(String.class).list();
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
    }

    @Test
    void confirmsARegistrationShowsItsPersonalPageAndQueuesTheConfirmationEmail() throws Exception {
        String slug = event(10, 20, 2);

        String token = token(register(slug, "Camille", "camille@essai.example", 1));

        assertThat(statuses(slug)).containsExactly("Camille:CONFIRMED");
        Document mine = page("/evenements/inscription/" + token + "?nouvelle");
        assertThat(mine.select(".flash").text()).startsWith("Merci ! Votre inscription est confirmée.");
        assertThat(mine.select(".event-facts").text()).contains("Camille Martin (camille@essai.example)", "Au Père Tranquille");
        assertThat(mailsTo("camille@essai.example")).containsExactly("Inscription confirmée : Essai café");
        String body = jdbc.sql("select body_text from mail_outbox where recipient = 'camille@essai.example'")
                .query(String.class).single();
        assertThat(body).contains("Bonjour Camille", "Avec 1 accompagnant(s)", "/evenements/inscription/",
                "/evenements/" + slug + ".ics");
        assertThat(page("/evenements/" + slug).select(".event-facts").text()).contains("18 places restantes sur 20");
    }

    @Test
    void countsCompanionsAgainstCapacityAndWaitlistsWhatDoesNotFit() throws Exception {
        String slug = event(10, 4, 3);
        register(slug, "Alix", "alix@essai.example", 2);      // 3 seats
        register(slug, "Bao", "bao@essai.example", 1);        // 2 seats: does not fit in the 1 left
        register(slug, "Chloé", "chloe@essai.example", 0);    // 1 seat: fits

        assertThat(statuses(slug)).containsExactly("Alix:CONFIRMED", "Bao:WAITLISTED", "Chloé:CONFIRMED");
        assertThat(mailsTo("bao@essai.example")).containsExactly("Liste d'attente : Essai café");
        assertThat(page("/evenements/" + slug).select(".event-facts").text()).contains("Complet (4 places) : liste d’attente");
        assertThat(page("/evenements").select(".event-seats").eachText()).contains("— complet (liste d’attente)");
    }

    @Test
    void promotesTheFirstOfTheWaitlistWhenSomeoneCancelsAndTellsThem() throws Exception {
        String slug = event(10, 2, 1);
        String alix = token(register(slug, "Alix", "alix@essai.example", 1));
        register(slug, "Bao", "bao@essai.example", 0);
        register(slug, "Chloé", "chloe@essai.example", 1);

        mvc.perform(post("/evenements/inscription/" + alix + "/annuler").with(csrf()));

        assertThat(statuses(slug)).containsExactly("Alix:CANCELLED", "Bao:CONFIRMED", "Chloé:WAITLISTED");
        assertThat(mailsTo("bao@essai.example")).containsExactly("Liste d'attente : Essai café",
                "Une place s'est libérée : Essai café");
        assertThat(mailsTo("alix@essai.example")).endsWith("Inscription annulée : Essai café");
        assertThat(page("/evenements/inscription/" + alix).select(".form-error").text()).isEqualTo("Cette inscription est annulée.");
    }

    @Test
    void erasingARegistrantsDataFreesTheirPlaceForTheWaitlistAndForgetsThemEverywhere(
            @Autowired Registrations registrations) throws Exception {
        String slug = event(10, 2, 1);
        String alix = token(register(slug, "Alix", "alix@essai.example", 1));
        register(slug, "Bao", "bao@essai.example", 0);

        assertThat(registrations.forget(" Alix@Essai.example")).isEqualTo(1);

        assertThat(statuses(slug)).containsExactly("Bao:CONFIRMED");
        assertThat(mailsTo("bao@essai.example")).endsWith("Une place s'est libérée : Essai café");
        assertThat(mailsTo("alix@essai.example")).as("nothing more is written to an erased address")
                .containsExactly("Inscription confirmée : Essai café");
        assertThat(mvc.perform(get("/evenements/inscription/" + alix)).andReturn().getResponse().getStatus())
                .as("the personal link opens nothing").isEqualTo(404);
    }

    @Test
    void refusesASecondRegistrationWithTheSameEmailAndOffersTheLinkAgain() throws Exception {
        String slug = event(10, null, 0);
        register(slug, "Alix", "alix@essai.example", 0);

        Document again = Jsoup.parse(register(slug, "Alix", "ALIX@essai.example ", 0).getContentAsString());

        assertThat(again.select("#email-erreur").text()).startsWith("Vous êtes déjà inscrit(e) à cet événement avec cette adresse.");
        assertThat(again.select("#firstName").val()).isEqualTo("Alix");
        assertThat(statuses(slug)).containsExactly("Alix:CONFIRMED");
        assertThat(again.select("form.resend input[name=email]").val()).isEqualTo("ALIX@essai.example ");

        Document resent = Jsoup.parse(mvc.perform(post("/evenements/" + slug + "/renvoyer").with(csrf())
                .param("email", "ALIX@essai.example ")).andReturn().getResponse().getContentAsString());
        assertThat(resent.select(".flash").text()).startsWith("Si une inscription existe avec cette adresse");
        assertThat(mailsTo("alix@essai.example")).endsWith("Votre lien d'inscription : Essai café");
        mvc.perform(post("/evenements/" + slug + "/renvoyer").with(csrf()).param("email", "inconnu@essai.example"));
        assertThat(mailsTo("inconnu@essai.example")).as("nobody is told who is registered").isEmpty();
    }

    @Test
    void refusesRegistrationsOnceClosedAndForPastEvents() throws Exception {
        String past = event(-3, null, 0);
        Document closed = page("/evenements/" + past);
        assertThat(closed.select(".registration").text()).contains("Les inscriptions sont closes.");
        assertThat(closed.select(".registration form")).isEmpty();

        Document refused = Jsoup.parse(register(past, "Alix", "alix@essai.example", 0).getContentAsString());
        assertThat(statuses(past)).isEmpty();
        assertThat(refused.select(".registration").text()).contains("Les inscriptions sont closes.");
    }

    @Test
    void closesRegistrationAtAnEarlierDeadline() throws Exception {
        EventForm cafe = EventFixtures.cafe("Essai café", 10, null, 0, null);
        long id = editor.create(new EventForm(cafe.title(), cafe.slug(), cafe.category(), cafe.description(),
                cafe.startsAt(), "", cafe.venueName(), cafe.streetAddress(), cafe.postalCode(), cafe.city(),
                cafe.country(), cafe.accessNotes(), "", cafe.organiser(), cafe.price(), "", "0",
                EventFixtures.inDays(2), null), EventFixtures.BOARD);
        String slug = EventFixtures.slug(jdbc, id);
        jdbc.sql("update event set registration_deadline = now() - interval '1 minute' where id = :id").param("id", id)
                .update();

        Document refused = Jsoup.parse(register(slug, "Alix", "alix@essai.example", 0).getContentAsString());

        assertThat(refused.select(".registration").text()).contains("Les inscriptions sont closes.");
        assertThat(statuses(slug)).isEmpty();
    }

    @Test
    void rejectsBadInputWithFrenchMessagesAndKeepsWhatWasTyped() throws Exception {
        String slug = event(10, null, 2);

        Document form = Jsoup.parse(mvc.perform(post("/evenements/" + slug).with(csrf())
                .param("firstName", "<script>alert(1)</script>").param("lastName", "")
                .param("email", "pas-une-adresse").param("companions", "5").param("website", ""))
                .andReturn().getResponse().getContentAsString());

        assertThat(form.select("#firstName-erreur").text()).isEqualTo("Ce champ ne peut pas contenir les caractères < et >.");
        assertThat(form.select("#firstName").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(form.select("#lastName-erreur").text()).isEqualTo("Indiquez votre nom.");
        assertThat(form.select("#email-erreur").text()).startsWith("Cette adresse e-mail n'est pas valide");
        assertThat(form.select("#companions-erreur").text())
                .isEqualTo("Cet événement accepte au plus 2 accompagnant(s) par inscription.");
        assertThat(form.select("#consent-erreur").text()).startsWith("Cochez cette case");
        assertThat(form.html()).doesNotContain("<script>alert(1)</script>");
        assertThat(statuses(slug)).isEmpty();
    }

    @Test
    void storesNothingWhenTheHoneypotIsFilled() throws Exception {
        String slug = event(10, null, 0);

        MockHttpServletResponse robot = mvc.perform(post("/evenements/" + slug).with(csrf()).param("firstName", "Bot")
                .param("lastName", "Bot").param("email", "bot@essai.example").param("companions", "0")
                .param("consent", "true").param("website", "http://spam.example")).andReturn().getResponse();

        assertThat(robot.getStatus()).isEqualTo(200);
        assertThat(statuses(slug)).isEmpty();
        assertThat(mailsTo("bot@essai.example")).isEmpty();
    }

    @Test
    void opensNothingWithAForgedOrMalformedLinkAndCancellingTwiceChangesNothing() throws Exception {
        String slug = event(10, 1, 0);
        String token = token(register(slug, "Alix", "alix@essai.example", 0));
        register(slug, "Bao", "bao@essai.example", 0);

        for (String forged : List.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "court", "x' or '1'='1")) {
            assertThat(mvc.perform(get("/evenements/inscription/" + forged)).andReturn().getResponse().getStatus())
                    .as(forged).isEqualTo(404);
            assertThat(mvc.perform(post("/evenements/inscription/" + forged + "/annuler").with(csrf())).andReturn()
                    .getResponse().getStatus()).as(forged).isEqualTo(404);
        }
        assertThat(mvc.perform(post("/evenements/inscription/" + token + "/annuler")).andReturn().getResponse()
                .getStatus()).as("no CSRF token").isEqualTo(403);

        mvc.perform(post("/evenements/inscription/" + token + "/annuler").with(csrf()));
        mvc.perform(post("/evenements/inscription/" + token + "/annuler").with(csrf()));

        assertThat(statuses(slug)).containsExactly("Alix:CANCELLED", "Bao:CONFIRMED");
        assertThat(mailsTo("alix@essai.example")).filteredOn(subject -> subject.startsWith("Inscription annulée")).hasSize(1);
    }

    @Test
    void showsTheOnlineLinkToConfirmedRegistrantsOnly() throws Exception {
        String link = "https://visio.example/salle-secrete";
        String slug = event(10, 1, 0, link);
        String confirmed = token(register(slug, "Alix", "alix@essai.example", 0));
        String waiting = token(register(slug, "Bao", "bao@essai.example", 0));

        for (String url : List.of("/evenements/" + slug, "/evenements", "/evenements/" + slug + ".ics", "/evenements.ics",
                "/sitemap.xml", "/evenements/inscription/" + waiting)) {
            assertThat(mvc.perform(get(url)).andReturn().getResponse().getContentAsString()).as(url).doesNotContain(link);
        }
        assertThat(page("/evenements/inscription/" + confirmed).select(".event-facts a[href='" + link + "']")).hasSize(1);
        assertThat(jdbc.sql("select body_text from mail_outbox where recipient = 'alix@essai.example'").query(String.class)
                .single()).contains(link);
        assertThat(jdbc.sql("select body_text from mail_outbox where recipient = 'bao@essai.example'").query(String.class)
                .single()).doesNotContain(link);
    }
}
