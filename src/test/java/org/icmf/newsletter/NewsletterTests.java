package org.icmf.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.icmf.events.EventEditor;
import org.icmf.events.EventFixtures;
import org.icmf.mail.MailOutbox;
import org.icmf.mail.TestMailServer;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.AsyncEvents;
import org.icmf.support.FormStamps;
import org.icmf.support.PublicForms;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.icmf.web.FormAttempts;
import org.icmf.web.SiteProperties;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The newsletter from both sides: a visitor subscribes at /lettre, confirms from the mail, receives an issue the board
 * composed and sent, unsubscribes in one click and receives no further issue; the links, the rate limits and the
 * RGPD side (consent, export, erasure, purge).
 */
@SiteTest
class NewsletterTests {

    private static final String DOMAIN = "@lettre.example";
    private static final BoardUser EDITOR =
            new BoardUser(9191, "redaction" + DOMAIN, "Rédaction ICMF", "{noop}unused", true, EnumSet.of(Role.EDITOR));
    private static final Pattern CONFIRM_LINK = Pattern.compile("/lettre/confirmation/[A-Za-z0-9_-]{43}");
    private static final Pattern UNSUBSCRIBE_LINK =
            Pattern.compile("<(https?://[^>]+(/lettre/desabonnement/[A-Za-z0-9_-]{43}))>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer mail;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    IssueDispatch dispatch;

    @Autowired
    Issues issues;

    @Autowired
    NewsletterPersonalData personalData;

    @Autowired
    FormAttempts attempts;

    @Autowired
    MailOutbox outbox;

    @Autowired
    SiteProperties site;

    @Autowired
    NewsletterProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    EventEditor events;

    @AfterEach
    void removeTestData() {
        jdbc.sql("delete from event where title = 'Café de la lettre'").update();
        jdbc.sql("delete from newsletter_issue where title like 'Lettre d''essai%'")
                .update();
        jdbc.sql("delete from newsletter_subscriber where email like '%" + DOMAIN + "'")
                .update();
        jdbc.sql("delete from mail_outbox where recipient like '%" + DOMAIN + "'")
                .update();
        jdbc.sql("delete from form_attempt where email like '%" + DOMAIN + "'").update();
    }

    private static String address() {
        return "abonne-" + UUID.randomUUID() + DOMAIN;
    }

    private static MockHttpServletRequestBuilder subscribe(String email) {
        return post("/lettre")
                .with(csrf())
                .with(PublicForms.newClient())
                .param("email", email)
                .param("stamp", FormStamps.shownSecondsAgo(20))
                .param("website", "");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String flash(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString()).select("p.flash").text();
    }

    private String confirmationPath(String email) throws Exception {
        mail.deliver();
        List<MimeMessage> received = mail.receivedBy(email);
        assertThat(received).hasSize(1);
        String body = (String) received.get(0).getContent();
        assertThat(body).doesNotContain(email);
        Matcher link = CONFIRM_LINK.matcher(body);
        assertThat(link.find()).isTrue();
        return link.group();
    }

    @Test
    void anIssuePresentsTheUpcomingEventsTheBoardTicked() throws Exception {
        events.create(EventFixtures.cafe("Café de la lettre", 12, null, 0, null), EventFixtures.BOARD);
        String slug = issues.candidates().events().stream()
                .filter(event -> event.title().equals("Café de la lettre"))
                .findFirst()
                .orElseThrow()
                .slug();

        MockHttpServletResponse created = send(post("/admin/lettres/nouvelle")
                .with(csrf())
                .with(user(EDITOR))
                .param("title", "Lettre d'essai des événements")
                .param("introduction", "Bonjour.")
                .param("events", slug));

        assertThat(created.getRedirectedUrl()).matches("/admin/lettres/\\d+/apercu");
        String preview =
                send(get(created.getRedirectedUrl()).with(user(EDITOR))).getContentAsString();
        assertThat(Jsoup.parse(preview)
                        .select(".newsletter-preview a[href$=/evenements/" + slug + "]")
                        .text())
                .isEqualTo("Café de la lettre");
    }

    /** Composes an issue as the board does, presenting the newest post, and starts its sending. */
    private long composeAndSend(String title) throws Exception {
        String post = Long.toString(issues.candidates().posts().get(0).id());
        MockHttpServletResponse created = send(post("/admin/lettres/nouvelle")
                .with(csrf())
                .with(user(EDITOR))
                .param("title", title)
                .param("introduction", "Bonjour à **tous** !\n\nLes nouvelles du mois.")
                .param("posts", post));
        assertThat(created.getRedirectedUrl()).matches("/admin/lettres/\\d+/apercu");
        long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D", ""));
        MockHttpServletResponse preview =
                send(get("/admin/lettres/" + id + "/apercu").with(user(EDITOR)));
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(preview.getContentAsString())
                        .select(".newsletter-preview strong")
                        .text())
                .isEqualTo("tous");
        send(post("/admin/lettres/" + id + "/envoyer")
                .with(csrf())
                .with(user(EDITOR))
                .param("confirm", "oui"));
        while (dispatch.dispatch() > 0) {
            // every batch, as the scheduled job would over several rounds
        }
        mail.deliver();
        return id;
    }

    private static Map<String, String> parts(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        List<BodyPart> found = new ArrayList<>();
        collect(multipart, found);
        Map<String, String> parts = new java.util.HashMap<>();
        for (BodyPart part : found) {
            parts.put(part.getContentType().startsWith("text/html") ? "html" : "text", (String) part.getContent());
        }
        return parts;
    }

    private static void collect(Multipart multipart, List<BodyPart> found) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                collect(inner, found);
            } else {
                found.add(part);
            }
        }
    }

    @Test
    void aVisitorSubscribesConfirmsReceivesAnIssueAndUnsubscribesInOneClick() throws Exception {
        String email = address();
        assertThat(flash(send(subscribe(email)))).contains("un e-mail vient d’y être envoyé");
        String confirmation = confirmationPath(email);

        // The link opens a page whose button confirms: following it changes nothing.
        assertThat(send(get(confirmation)).getStatus()).isEqualTo(200);
        assertThat(subscriptions.isSubscribed(email)).isFalse();
        assertThat(flash(send(post(confirmation).with(csrf())))).contains("C’est confirmé");
        assertThat(subscriptions.consent(email))
                .hasValueSatisfying(consent -> assertThat(consent.source()).isEqualTo(Subscriptions.Source.FORM));
        assertThat(send(post(confirmation).with(csrf())).getStatus()).isEqualTo(404);

        long first = composeAndSend("Lettre d'essai de mars");
        List<MimeMessage> received = mail.receivedBy(email);
        assertThat(received).hasSize(2);
        MimeMessage issue = received.get(1);
        assertThat(issue.getSubject()).isEqualTo("Lettre d'essai de mars");
        assertThat(issue.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        Matcher unsubscribe = UNSUBSCRIBE_LINK.matcher(issue.getHeader("List-Unsubscribe", null));
        assertThat(unsubscribe.matches()).isTrue();
        Map<String, String> parts = parts(issue);
        assertThat(parts.get("text"))
                .contains("LETTRE D'ESSAI DE MARS", "Bonjour à **tous** !", "À LIRE SUR LE BLOG", unsubscribe.group(1));
        assertThat(Jsoup.parse(parts.get("html"))
                        .select("a[href=" + unsubscribe.group(1) + "]")
                        .text())
                .isEqualTo("Se désabonner en un clic");

        // The link's page asks before unsubscribing; the mail client's one-click POST carries no CSRF token.
        String path = unsubscribe.group(2);
        assertThat(send(get(path)).getStatus()).isEqualTo(200);
        assertThat(subscriptions.isSubscribed(email)).isTrue();
        MockHttpServletResponse oneClick = send(
                post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"));
        assertThat(oneClick.getStatus()).isEqualTo(200);
        assertThat(subscriptions.isSubscribed(email)).isFalse();
        assertThat(send(post(path)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content("List-Unsubscribe=One-Click"))
                        .getStatus())
                .isEqualTo(200);

        String member = address();
        subscriptions.subscribeConfirmed(member, Subscriptions.Source.MEMBERS_SPACE);
        composeAndSend("Lettre d'essai d'avril");
        assertThat(mail.receivedBy(member))
                .extracting(MimeMessage::getSubject)
                .containsExactly("Lettre d'essai d'avril");
        assertThat(mail.receivedBy(email)).hasSize(2);

        Issues.Figures figures = issues.figures(first);
        assertThat(figures.recipients()).isEqualTo(figures.sent()).isPositive();
        assertThat(figures.failed()).isZero();
        assertThat(figures.unsubscribedSince()).isEqualTo(1);
        assertThat(send(get("/lettre/archives")).getContentAsString()).contains("Lettre d&#39;essai de mars");
        int number = jdbc.sql("select number from newsletter_issue where id = :id")
                .param("id", first)
                .query(Integer.class)
                .single();
        assertThat(send(get("/sitemap.xml")).getContentAsString())
                .contains("/lettre</loc>", "/lettre/archives</loc>", "/lettre/archives/" + number + "</loc>");
    }

    @Test
    void anIssuesFiguresOutliveItsMailsAndItsSubscribersAndItsSendingIsInTheAuditLog() throws Exception {
        String kept = address();
        String erased = address();
        subscriptions.subscribeConfirmed(kept, Subscriptions.Source.MEMBERS_SPACE);
        subscriptions.subscribeConfirmed(erased, Subscriptions.Source.MEMBERS_SPACE);
        long id = composeAndSend("Lettre d'essai durable");
        Issues.Figures sent = issues.figures(id);
        assertThat(sent.sent()).isEqualTo(sent.recipients()).isGreaterThanOrEqualTo(2);

        dispatch.dispatch();
        // Months later: the outbox's retention deleted the mails, one subscriber had their data erased.
        jdbc.sql("delete from mail_outbox where template = :template and link_reference = :id")
                .param("template", Issues.TEMPLATE)
                .param("id", id)
                .update();
        jdbc.sql("delete from newsletter_subscriber where email = :email")
                .param("email", erased)
                .update();

        assertThat(issues.figures(id)).isEqualTo(sent);
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("select actor_name || ' ' || action || ' ' || subject_label from audit_entry "
                                + "where subject_type = 'newsletter-issue' and subject_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("Rédaction ICMF sent n° ")
                .endsWith(" : Lettre d'essai durable");
    }

    @Test
    void theScheduledJobQueuesAnIssueInItsOwnTransaction() {
        subscriptions.subscribeConfirmed(address(), Subscriptions.Source.MEMBERS_SPACE);
        long id = issues.create(new IssueForm("Lettre d'essai planifiée", "Bonjour.", List.of(), List.of()));
        issues.startSending(id, new Actor(5150L, "Bureau ICMF"));
        dispatch.dispatchOnSchedule();
        assertThat(deliveries(id)).isPositive();
    }

    @Test
    void anIssueIsSentOnlyOnce() throws Exception {
        subscriptions.subscribeConfirmed(address(), Subscriptions.Source.MEMBERS_SPACE);
        long id = composeAndSend("Lettre d'essai unique");
        long deliveries = deliveries(id);
        assertThat(mvc.perform(post("/admin/lettres/" + id + "/envoyer")
                                .with(csrf())
                                .with(user(EDITOR))
                                .param("confirm", "oui"))
                        .andReturn()
                        .getFlashMap()
                        .get("flash"))
                .isEqualTo("newsletter.alreadySent");
        assertThat(dispatch.dispatch()).isZero();
        assertThat(deliveries(id)).isEqualTo(deliveries).isPositive();
        assertThat(issues.status(id)).isEqualTo(Issues.Status.SENT);
    }

    private long deliveries(long issue) {
        return jdbc.sql("select count(*) from newsletter_delivery where issue_id = :id and mail_id is not null")
                .param("id", issue)
                .query(Long.class)
                .single();
    }

    @Test
    void theBoardMailsATestToItselfThatCountsNowhere() throws Exception {
        long id = issues.create(new IssueForm("Lettre d'essai pour soi", "Bonjour.", List.of(), List.of()));
        send(post("/admin/lettres/" + id + "/essai").with(csrf()).with(user(EDITOR)));
        mail.deliver();
        assertThat(mail.receivedBy(EDITOR.email()))
                .extracting(MimeMessage::getSubject)
                .contains("[Essai] Lettre d'essai pour soi");
        assertThat(issues.status(id)).isEqualTo(Issues.Status.DRAFT);
    }

    @Test
    void subscribingAgainGetsTheSameAnswerAndNoMail() throws Exception {
        String subscribed = address();
        subscriptions.subscribeConfirmed(subscribed, Subscriptions.Source.MEMBERS_SPACE);
        String unknown = address();
        assertThat(flash(send(subscribe(subscribed)))).isEqualTo(flash(send(subscribe(unknown))));
        mail.deliver();
        assertThat(mail.receivedBy(subscribed)).isEmpty();
        assertThat(mail.receivedBy(unknown)).hasSize(1);
        // asked again at once: the same answer, no second mail
        assertThat(flash(send(subscribe(unknown)))).contains("un e-mail vient d’y être envoyé");
        mail.deliver();
        assertThat(mail.receivedBy(unknown)).hasSize(1);
    }

    @Test
    void aClientAskingTooOftenIsToldToWait() throws Exception {
        String client = "198.51.100." + UUID.randomUUID();
        String answer = "";
        for (int i = 0; i < 6; i++) {
            answer = Jsoup.parse(send(subscribe(address()).with(request -> {
                                request.setRemoteAddr(client);
                                return request;
                            }))
                            .getContentAsString())
                    .select(".form-error")
                    .text();
        }
        assertThat(answer).contains("Trop de demandes");
    }

    @Test
    void aWrongAddressIsShownNextToTheField() throws Exception {
        MockHttpServletResponse response = send(subscribe("pas une adresse"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("#email-erreur")
                        .text())
                .contains("n'est pas valide");
    }

    @Test
    void unknownReusedOrMalformedLinksAreNotFound() throws Exception {
        String unknown = "A".repeat(43);
        assertThat(send(get("/lettre/confirmation/" + unknown)).getStatus()).isEqualTo(404);
        assertThat(send(post("/lettre/confirmation/" + unknown).with(csrf())).getStatus())
                .isEqualTo(404);
        assertThat(send(get("/lettre/desabonnement/" + unknown)).getStatus()).isEqualTo(404);
        assertThat(send(post("/lettre/desabonnement/" + unknown)).getStatus()).isEqualTo(404);
        assertThat(send(post("/lettre/desabonnement/essai")).getStatus()).isEqualTo(404);
        // The exemption from CSRF is this one path: confirming still needs the token.
        assertThat(send(post("/lettre/confirmation/" + unknown)).getStatus()).isEqualTo(403);
    }

    @Test
    void anUnconfirmedSubscriptionIsDeletedOnceItsLinkExpired() throws Exception {
        String email = address();
        send(subscribe(email));
        String confirmation = confirmationPath(email);
        Subscriptions later = new Subscriptions(
                jdbc,
                attempts,
                outbox,
                site,
                properties,
                Clock.offset(clock, properties.confirmationValidity().plus(Duration.ofMinutes(1))));
        assertThat(later.confirm(confirmation.substring(confirmation.lastIndexOf('/') + 1)))
                .isFalse();
        assertThat(later.purge()).isPositive();
        assertThat(send(get(confirmation)).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from newsletter_subscriber where email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSubscriptionIsInMesDonneesWithItsConsentAndGoesWithErasure() {
        String email = address();
        subscriptions.subscribeConfirmed(email, Subscriptions.Source.MEMBERS_SPACE);
        List<Map<String, String>> found = personalData.find(email);
        assertThat(found).singleElement().satisfies(record -> {
            assertThat(record).containsEntry("Abonnement", "abonné");
            assertThat(record).containsEntry("Consentement donné par", "l’espace membre");
            assertThat(record).containsKey("Consentement donné le");
        });
        assertThat(personalData.erase(email)).isEqualTo(1);
        assertThat(subscriptions.isSubscribed(email)).isFalse();
        assertThat(personalData.find(email)).isEmpty();
    }

    @Test
    void aMemberUnsubscribesFromTheirSpace() {
        String email = address();
        subscriptions.subscribeConfirmed(email, Subscriptions.Source.MEMBERS_SPACE);
        subscriptions.unsubscribe(email.toUpperCase(), Subscriptions.Source.MEMBERS_SPACE);
        assertThat(subscriptions.isSubscribed(email)).isFalse();
        assertThat(personalData.find(email))
                .singleElement()
                .satisfies(record -> assertThat(record).containsEntry("Désabonné par", "l’espace membre"));
    }

    @Test
    void thePrivacyPageDescribesTheNewsletterAndHowLongItKeepsAddresses() throws Exception {
        org.jsoup.nodes.Document page =
                Jsoup.parse(send(get("/confidentialite")).getContentAsString());
        assertThat(page.select("h3").eachText()).contains("Lettre d'information");
        assertThat(page.select("tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("jamais confirmée", "7 jours"))
                .anySatisfy(row -> assertThat(row).contains("désabonnée", "1 an après le désabonnement"));
    }

    @Test
    void theDashboardCountsTheSubscribersForTheEditors() throws Exception {
        subscriptions.subscribeConfirmed(address(), Subscriptions.Source.MEMBERS_SPACE);
        long subscribed = issues.subscriberCounts().get("CONFIRMED");
        String dashboard = Jsoup.parse(send(get("/admin").with(user(EDITOR))).getContentAsString())
                .select("a[href=/admin/lettres]")
                .text();
        assertThat(dashboard).contains(subscribed + " abonné");
    }
}
