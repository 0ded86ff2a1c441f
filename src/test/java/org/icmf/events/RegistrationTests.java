package org.icmf.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.icmf.support.FormStamps;
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

/**
 * Visitors sign up to events and confirm their address by the e-mailed link: capacity with companions, waitlist in the
 * order of confirmations, the same answer whoever is registered, spam guard and rate limits, closing, personal links.
 */
@SiteTest
class RegistrationTests {

    /** Each request comes from its own client address unless a test says otherwise (the rate limit counts them). */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventEditor editor;

    @Autowired
    Registrations registrations;

    @AfterEach
    void removeTestEvents() {
        EventFixtures.removeTestEvents(jdbc);
    }

    private String event(int days, Integer capacity, int maxCompanions) {
        return event(days, capacity, maxCompanions, null);
    }

    private String event(int days, Integer capacity, int maxCompanions, String onlineUrl) {
        long id = editor.create(
                EventFixtures.cafe("Essai café", days, capacity, maxCompanions, onlineUrl), EventFixtures.BOARD);
        return EventFixtures.slug(jdbc, id);
    }

    private static String anotherClient() {
        int n = CLIENTS.incrementAndGet();
        return "203.0." + (n / 250) + "." + (n % 250 + 1);
    }

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String client) {
        return request.with(csrf()).with(sent -> {
            sent.setRemoteAddr(client);
            return sent;
        });
    }

    /** The event's form filled in as a person does, some fields replaced ({@code "name", "value", …}). */
    private MockHttpServletRequestBuilder signUpForm(
            String slug, String firstName, String email, int companions, String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", firstName);
        fields.put("lastName", "Martin");
        fields.put("email", email);
        fields.put("organisation", "");
        fields.put("companions", Integer.toString(companions));
        fields.put("consent", "true");
        fields.put("stamp", FormStamps.shownSecondsAgo(30));
        fields.put("website", "");
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/evenements/" + slug);
        fields.forEach(request::param);
        return request;
    }

    /** Signs up from the event's page, as a visitor does. */
    private MockHttpServletResponse signUp(String slug, String firstName, String email, int companions)
            throws Exception {
        return mvc.perform(from(signUpForm(slug, firstName, email, companions), anotherClient()))
                .andReturn()
                .getResponse();
    }

    /** Presses the button of the confirmation link's page; returns the answer. */
    private MockHttpServletResponse confirm(String token) throws Exception {
        return mvc.perform(post("/evenements/confirmation/" + token).with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** Signs up and confirms with the mailed link; returns the personal link's token. */
    private String register(String slug, String firstName, String email, int companions) throws Exception {
        signUp(slug, firstName, email, companions);
        return personalToken(confirm(EventFixtures.confirmationToken(jdbc, email)));
    }

    /** The personal link's token of a registration just confirmed (from its redirect). */
    private static String personalToken(MockHttpServletResponse response) {
        assertThat(response.getRedirectedUrl())
                .as(response.getContentAsByteArray().length + " bytes")
                .startsWith("/evenements/inscription/");
        return response.getRedirectedUrl()
                .substring("/evenements/inscription/".length())
                .replace("?nouvelle", "");
    }

    private List<String> statuses(String slug) {
        return jdbc.sql(
                        "select r.first_name || ':' || r.status from event_registration r join event e on e.id = r.event_id "
                                + "where e.slug = :slug order by r.id")
                .param("slug", slug)
                .query(String.class)
                .list();
    }

    private List<String> mailsTo(String email) {
        return jdbc.sql("select subject from mail_outbox where recipient = :email order by id")
                .param("email", email)
                .query(String.class)
                .list();
    }

    private String lastMailTo(String email) {
        return jdbc.sql("select body_text from mail_outbox where recipient = :email order by id desc limit 1")
                .param("email", email)
                .query(String.class)
                .single();
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void aSignUpTakesNoSeatUntilItsAddressIsConfirmedByTheButtonOfTheMailedLink() throws Exception {
        String slug = event(10, 20, 2);

        MockHttpServletResponse sent = signUp(slug, "Camille", "camille@essai.example", 1);

        assertThat(sent.getRedirectedUrl()).isEqualTo("/evenements/" + slug + "/verification");
        assertThat(page(sent.getRedirectedUrl()).select("h1").text()).isEqualTo("Vérifiez votre messagerie");
        assertThat(statuses(slug)).containsExactly("Camille:PENDING");
        assertThat(page("/evenements/" + slug).select(".event-facts").text()).contains("20 places restantes sur 20");
        assertThat(mailsTo("camille@essai.example")).containsExactly("Confirmez votre inscription : Essai café");
        assertThat(lastMailTo("camille@essai.example"))
                .as("nothing the visitor typed is quoted")
                .contains("/evenements/confirmation/")
                .doesNotContain("Camille", "Martin");

        String token = EventFixtures.confirmationToken(jdbc, "camille@essai.example");
        Document ask = page("/evenements/confirmation/" + token);
        assertThat(ask.select(".event-facts").text()).contains("Camille Martin (camille@essai.example)");
        assertThat(ask.select("form[method=post] button").text()).isEqualTo("Confirmer mon inscription");
        assertThat(statuses(slug))
                .as("a mail scanner opening the link changes nothing")
                .containsExactly("Camille:PENDING");

        String personal = personalToken(confirm(token));

        assertThat(statuses(slug)).containsExactly("Camille:CONFIRMED");
        Document mine = page("/evenements/inscription/" + personal + "?nouvelle");
        assertThat(mine.select(".flash").text()).startsWith("Merci ! Votre inscription est confirmée.");
        assertThat(mailsTo("camille@essai.example")).endsWith("Inscription confirmée : Essai café");
        assertThat(lastMailTo("camille@essai.example"))
                .contains(
                        "Bonjour Camille",
                        "Avec 1 accompagnant(s)",
                        "/evenements/inscription/",
                        "/evenements/" + slug + ".ics");
        assertThat(page("/evenements/" + slug).select(".event-facts").text()).contains("18 places restantes sur 20");
        assertThat(mvc.perform(get("/evenements/confirmation/" + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a confirmation link serves once")
                .isEqualTo(404);
    }

    @Test
    void givesSeatsInTheOrderOfConfirmationsCountingCompanionsAndWaitlistsWhatDoesNotFit() throws Exception {
        String slug = event(10, 4, 3);
        signUp(slug, "Alix", "alix@essai.example", 2); // 3 seats, confirms last
        register(slug, "Bao", "bao@essai.example", 1); // 2 seats
        register(slug, "Chloé", "chloe@essai.example", 1); // 2 seats: fits
        confirm(EventFixtures.confirmationToken(jdbc, "alix@essai.example"));

        assertThat(statuses(slug)).containsExactly("Alix:WAITLISTED", "Bao:CONFIRMED", "Chloé:CONFIRMED");
        assertThat(mailsTo("alix@essai.example")).endsWith("Liste d'attente : Essai café");
        assertThat(page("/evenements/" + slug).select(".event-facts").text())
                .contains("Complet (4 places) : liste d’attente");
        assertThat(page("/evenements").select(".event-seats").eachText()).contains("— complet (liste d’attente)");
    }

    @Test
    void promotesTheFirstOfTheWaitlistWhenSomeoneCancelsAndTellsThem() throws Exception {
        String slug = event(10, 2, 1);
        String alix = register(slug, "Alix", "alix@essai.example", 1);
        register(slug, "Bao", "bao@essai.example", 0);
        register(slug, "Chloé", "chloe@essai.example", 1);

        mvc.perform(post("/evenements/inscription/" + alix + "/annuler").with(csrf()));

        assertThat(statuses(slug)).containsExactly("Alix:CANCELLED", "Bao:CONFIRMED", "Chloé:WAITLISTED");
        assertThat(mailsTo("bao@essai.example"))
                .containsExactly(
                        "Confirmez votre inscription : Essai café",
                        "Liste d'attente : Essai café",
                        "Une place s'est libérée : Essai café");
        assertThat(mailsTo("alix@essai.example")).endsWith("Inscription annulée : Essai café");
        assertThat(page("/evenements/inscription/" + alix).select(".form-error").text())
                .isEqualTo("Cette inscription est annulée.");
    }

    @Test
    void erasingARegistrantsDataFreesTheirPlaceForTheWaitlistAndForgetsThemEverywhere() throws Exception {
        String slug = event(10, 2, 1);
        String other = event(12, null, 0);
        String alix = register(slug, "Alix", "alix@essai.example", 1);
        register(slug, "Bao", "bao@essai.example", 0);
        signUp(other, "Alix", "alix@essai.example", 0);

        assertThat(registrations.forget(" Alix@Essai.example"))
                .as("the unconfirmed sign-up too")
                .isEqualTo(2);

        assertThat(statuses(slug)).containsExactly("Bao:CONFIRMED");
        assertThat(statuses(other)).isEmpty();
        assertThat(mailsTo("bao@essai.example")).endsWith("Une place s'est libérée : Essai café");
        assertThat(mailsTo("alix@essai.example"))
                .as("nothing more is written to an erased address")
                .endsWith("Confirmez votre inscription : Essai café");
        assertThat(mvc.perform(get("/evenements/inscription/" + alix))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the personal link opens nothing")
                .isEqualTo(404);
    }

    @Test
    void answersTheSameWhetherTheAddressIsNewAlreadyRegisteredOrTheEventFull() throws Exception {
        String slug = event(10, 1, 0);
        register(slug, "Alix", "alix@essai.example", 0);

        MockHttpServletResponse registered = signUp(slug, "Intrus", "ALIX@essai.example ", 0);
        MockHttpServletResponse full = signUp(slug, "Bao", "bao@essai.example", 0);

        assertThat(registered.getRedirectedUrl())
                .isEqualTo(full.getRedirectedUrl())
                .isEqualTo("/evenements/" + slug + "/verification");
        assertThat(statuses(slug)).containsExactly("Alix:CONFIRMED", "Bao:PENDING");
        assertThat(mailsTo("alix@essai.example")).endsWith("Votre lien d'inscription : Essai café");
        assertThat(lastMailTo("alix@essai.example"))
                .contains("/evenements/inscription/")
                .doesNotContain("Intrus");
        assertThat(mailsTo("bao@essai.example")).containsExactly("Confirmez votre inscription : Essai café");
    }

    @Test
    void resendsTheMailTheAddressNeedsAnsweringTheSameForAnyAddressWithinALimit() throws Exception {
        String slug = event(10, null, 0);
        register(slug, "Alix", "alix@essai.example", 0);
        signUp(slug, "Bao", "bao@essai.example", 0);
        String client = anotherClient();

        for (String email : List.of("ALIX@essai.example ", "bao@essai.example", "inconnu@essai.example")) {
            MockHttpServletResponse answer = mvc.perform(from(
                            post("/evenements/" + slug + "/renvoyer")
                                    .param("email", email)
                                    .param("stamp", FormStamps.shownSecondsAgo(30))
                                    .param("website", ""),
                            client))
                    .andReturn()
                    .getResponse();
            assertThat(answer.getRedirectedUrl()).as(email).isEqualTo("/evenements/" + slug + "/verification?renvoye");
        }
        assertThat(page("/evenements/" + slug + "/verification?renvoye")
                        .select(".flash")
                        .text())
                .startsWith("Si une inscription à cet événement existe ou attend sa confirmation avec cette adresse");
        assertThat(mailsTo("alix@essai.example")).endsWith("Votre lien d'inscription : Essai café");
        assertThat(mailsTo("bao@essai.example"))
                .containsExactly(
                        "Confirmez votre inscription : Essai café", "Confirmez votre inscription : Essai café");
        assertThat(mailsTo("inconnu@essai.example"))
                .as("nobody is told who is registered")
                .isEmpty();

        for (int i = 0; i < 2; i++) {
            mvc.perform(from(
                    post("/evenements/" + slug + "/renvoyer")
                            .param("email", "inconnu@essai.example")
                            .param("stamp", FormStamps.shownSecondsAgo(30)),
                    client));
        }
        Document refused = html(mvc.perform(from(
                        post("/evenements/" + slug + "/renvoyer")
                                .param("email", "bao@essai.example")
                                .param("stamp", FormStamps.shownSecondsAgo(30)),
                        client))
                .andReturn()
                .getResponse());
        assertThat(refused.select(".form-error").text()).startsWith("Trop de demandes en peu de temps");
        assertThat(mailsTo("bao@essai.example"))
                .as("the sixth request from one client address sends nothing")
                .hasSize(2);
    }

    @Test
    void limitsSignUpsPerEmailWhateverTheClientAddress() throws Exception {
        String slug = event(10, null, 0);
        for (int i = 0; i < 5; i++) {
            signUp(slug, "Alix", "alix@essai.example", 0);
        }

        Document refused = html(signUp(slug, "Alix", "alix@essai.example", 0));

        assertThat(refused.select(".registration .form-error").text()).contains("Trop de demandes en peu de temps");
        assertThat(refused.select("#firstName").val()).isEqualTo("Alix");
        assertThat(mailsTo("alix@essai.example")).hasSize(5);
        assertThat(statuses(slug))
                .as("signing up again changes the one sign-up")
                .containsExactly("Alix:PENDING");
    }

    @Test
    void showsTheFormAgainWhenSentTooFastOrWithAStaleStampAndStoresNothingFromRobots() throws Exception {
        String slug = event(10, null, 0);
        assertThat(page("/evenements/" + slug).select("input[name=stamp]").val())
                .matches("\\d+\\.[A-Za-z0-9_-]{43}");

        Document tooFast = html(mvc.perform(from(
                        signUpForm(slug, "Alix", "alix@essai.example", 0, "stamp", FormStamps.shownSecondsAgo(1)),
                        anotherClient()))
                .andReturn()
                .getResponse());
        Document stale = html(
                mvc.perform(from(signUpForm(slug, "Alix", "alix@essai.example", 0, "stamp", "forgé"), anotherClient()))
                        .andReturn()
                        .getResponse());
        MockHttpServletResponse honeypot = mvc.perform(from(
                        signUpForm(slug, "Bot", "bot@essai.example", 0, "website", "http://spam.example"),
                        anotherClient()))
                .andReturn()
                .getResponse();
        MockHttpServletResponse forbidden = mvc.perform(from(
                        signUpForm(slug, "Bot", "bot@essai.example", 0, "organisation", "Viagra pas cher"),
                        anotherClient()))
                .andReturn()
                .getResponse();

        assertThat(tooFast.select(".form-error").text()).contains("envoyé trop vite");
        assertThat(tooFast.select("#firstName").val()).isEqualTo("Alix");
        assertThat(stale.select(".form-error").text()).contains("Ce formulaire a expiré");
        assertThat(stale.select("#email").val()).isEqualTo("alix@essai.example");
        assertThat(stale.select("input[name=stamp]").val()).as("a fresh stamp").matches("\\d+\\.[A-Za-z0-9_-]{43}");
        assertThat(honeypot.getRedirectedUrl())
                .isEqualTo(forbidden.getRedirectedUrl())
                .isEqualTo("/evenements/" + slug + "/verification");
        assertThat(statuses(slug)).isEmpty();
        assertThat(mailsTo("alix@essai.example")).isEmpty();
        assertThat(mailsTo("bot@essai.example")).isEmpty();
    }

    @Test
    void anExpiredConfirmationLinkSaysSoAndTheSignUpIsPurged() throws Exception {
        String slug = event(10, null, 0);
        signUp(slug, "Alix", "alix@essai.example", 0);
        String token = EventFixtures.confirmationToken(jdbc, "alix@essai.example");
        jdbc.sql(
                        "update event_registration set created_at = now() - interval '25 hours' where email = 'alix@essai.example'")
                .update();
        jdbc.sql(
                        "update event_registration_token set expires_at = now() - interval '1 hour' where purpose = 'CONFIRMATION' "
                                + "and registration_id in (select id from event_registration where email = 'alix@essai.example')")
                .update();

        MockHttpServletResponse opened = mvc.perform(get("/evenements/confirmation/" + token))
                .andReturn()
                .getResponse();
        MockHttpServletResponse pressed = confirm(token);

        assertThat(opened.getStatus()).isEqualTo(404);
        assertThat(html(opened).select(".form-error").text()).startsWith("Ce lien de confirmation n’est plus valable");
        assertThat(html(pressed).select(".form-error").text()).startsWith("Ce lien de confirmation n’est plus valable");
        assertThat(statuses(slug)).containsExactly("Alix:PENDING");

        registrations.purgeUnconfirmed();

        assertThat(statuses(slug)).isEmpty();
        assertThat(signUp(slug, "Alix", "alix@essai.example", 0).getRedirectedUrl())
                .as("may sign up again")
                .endsWith("/verification");
        assertThat(statuses(slug)).containsExactly("Alix:PENDING");
    }

    @Test
    void aConfirmationLinkIsNotAPersonalLinkNorTheOtherWayRound() throws Exception {
        String slug = event(10, null, 0);
        signUp(slug, "Alix", "alix@essai.example", 0);
        String confirmation = EventFixtures.confirmationToken(jdbc, "alix@essai.example");

        assertThat(mvc.perform(get("/evenements/inscription/" + confirmation))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/evenements/inscription/" + confirmation + "/annuler")
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        String personal = personalToken(confirm(confirmation));
        assertThat(confirm(personal).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/evenements/confirmation/" + confirmation))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("no CSRF token")
                .isEqualTo(403);
        assertThat(statuses(slug)).containsExactly("Alix:CONFIRMED");
    }

    @Test
    void refusesRegistrationsOnceClosedAndForPastEvents() throws Exception {
        String past = event(-3, null, 0);
        Document closed = page("/evenements/" + past);
        assertThat(closed.select(".registration").text()).contains("Les inscriptions sont closes.");
        assertThat(closed.select(".registration form")).isEmpty();

        Document refused = html(signUp(past, "Alix", "alix@essai.example", 0));
        assertThat(statuses(past)).isEmpty();
        assertThat(refused.select(".registration").text()).contains("Les inscriptions sont closes.");
    }

    @Test
    void closesRegistrationAtAnEarlierDeadlineEvenForSignUpsNotConfirmedYet() throws Exception {
        EventForm cafe = EventFixtures.cafe("Essai café", 10, null, 0, null);
        long id = editor.create(
                new EventForm(
                        cafe.title(),
                        cafe.slug(),
                        cafe.category(),
                        cafe.description(),
                        cafe.startsAt(),
                        "",
                        cafe.venueName(),
                        cafe.streetAddress(),
                        cafe.postalCode(),
                        cafe.city(),
                        cafe.country(),
                        cafe.accessNotes(),
                        "",
                        cafe.organiser(),
                        cafe.price(),
                        "",
                        "0",
                        EventFixtures.inDays(2),
                        null),
                EventFixtures.BOARD);
        String slug = EventFixtures.slug(jdbc, id);
        signUp(slug, "Bao", "bao@essai.example", 0);
        jdbc.sql("update event set registration_deadline = now() - interval '1 minute' where id = :id")
                .param("id", id)
                .update();

        Document refused = html(signUp(slug, "Alix", "alix@essai.example", 0));
        Document late = html(confirm(EventFixtures.confirmationToken(jdbc, "bao@essai.example")));

        assertThat(refused.select(".registration").text()).contains("Les inscriptions sont closes.");
        assertThat(late.select(".form-error").text()).startsWith("Les inscriptions à cet événement sont closes");
        assertThat(statuses(slug)).containsExactly("Bao:PENDING");
    }

    @Test
    void rejectsBadInputWithFrenchMessagesAndKeepsWhatWasTyped() throws Exception {
        String slug = event(10, null, 2);

        Document form = html(mvc.perform(from(
                        post("/evenements/" + slug)
                                .param("firstName", "<script>alert(1)</script>")
                                .param("lastName", "")
                                .param("email", "pas-une-adresse")
                                .param("companions", "5")
                                .param("website", "")
                                .param("stamp", FormStamps.shownSecondsAgo(30)),
                        anotherClient()))
                .andReturn()
                .getResponse());

        assertThat(form.select("#firstName-erreur").text())
                .isEqualTo("Ce champ ne peut pas contenir les caractères < et >.");
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
    void opensNothingWithAForgedOrMalformedLinkAndCancellingTwiceChangesNothing() throws Exception {
        String slug = event(10, 1, 0);
        String token = register(slug, "Alix", "alix@essai.example", 0);
        register(slug, "Bao", "bao@essai.example", 0);

        for (String forged : List.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "court", "x' or '1'='1")) {
            assertThat(mvc.perform(get("/evenements/inscription/" + forged))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(forged)
                    .isEqualTo(404);
            assertThat(mvc.perform(post("/evenements/inscription/" + forged + "/annuler")
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(forged)
                    .isEqualTo(404);
            assertThat(mvc.perform(get("/evenements/confirmation/" + forged))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(forged)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(post("/evenements/inscription/" + token + "/annuler"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("no CSRF token")
                .isEqualTo(403);

        mvc.perform(post("/evenements/inscription/" + token + "/annuler").with(csrf()));
        mvc.perform(post("/evenements/inscription/" + token + "/annuler").with(csrf()));

        assertThat(statuses(slug)).containsExactly("Alix:CANCELLED", "Bao:CONFIRMED");
        assertThat(mailsTo("alix@essai.example"))
                .filteredOn(subject -> subject.startsWith("Inscription annulée"))
                .hasSize(1);
    }

    @Test
    void showsTheOnlineLinkToConfirmedRegistrantsOnly() throws Exception {
        String link = "https://visio.example/salle-secrete";
        String slug = event(10, 1, 0, link);
        String confirmed = register(slug, "Alix", "alix@essai.example", 0);
        String waiting = register(slug, "Bao", "bao@essai.example", 0);
        signUp(slug, "Chloé", "chloe@essai.example", 0);

        for (String url : List.of(
                "/evenements/" + slug,
                "/evenements",
                "/evenements/" + slug + ".ics",
                "/evenements.ics",
                "/sitemap.xml",
                "/evenements/inscription/" + waiting,
                "/evenements/confirmation/" + EventFixtures.confirmationToken(jdbc, "chloe@essai.example"))) {
            assertThat(mvc.perform(get(url)).andReturn().getResponse().getContentAsString())
                    .as(url)
                    .doesNotContain(link);
        }
        assertThat(page("/evenements/inscription/" + confirmed).select(".event-facts a[href='" + link + "']"))
                .hasSize(1);
        assertThat(lastMailTo("alix@essai.example")).contains(link);
        assertThat(lastMailTo("bao@essai.example")).doesNotContain(link);
        assertThat(lastMailTo("chloe@essai.example")).doesNotContain(link);
    }

    @Test
    void theBoardsAdditionTakesOverASignUpNotConfirmedYetAndLinksCanBeMailedAgain() throws Exception {
        String slug = event(10, null, 0);
        signUp(slug, "Alix", "alix@essai.example", 0);
        long id = jdbc.sql("select id from event where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();

        Registrations.Outcome added =
                registrations.addByBoard(id, new Registrant("Alix", "Martin", "alix@essai.example", null, 0));

        assertThat(added.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(statuses(slug)).containsExactly("Alix:CONFIRMED");
        long registration = jdbc.sql("select r.id from event_registration r join event e on e.id = r.event_id "
                        + "where e.slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
        assertThat(registrations.reissueLink(registration)).isTrue();
        assertThat(mailsTo("alix@essai.example")).endsWith("Votre lien d'inscription : Essai café");
        assertThat(registrations.reissueLink(-1)).isFalse();

        signUp(slug, "Bao", "bao@essai.example", 0);
        long pending = jdbc.sql("select id from event_registration where email = 'bao@essai.example'")
                .query(Long.class)
                .single();
        assertThat(registrations.reissueLink(pending)).isTrue();
        assertThat(mailsTo("bao@essai.example"))
                .containsExactly(
                        "Confirmez votre inscription : Essai café", "Confirmez votre inscription : Essai café");
    }
}
