package org.icmf.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.mail.TestMailServer;
import org.icmf.membership.MembershipFixtures;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.AsyncEvents;
import org.icmf.support.FormStamps;
import org.icmf.support.PublicForms;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job board from every side: a recruiter posts an offer, confirms it from the mail, the board approves it and it
 * is public (page with JobPosting data, feed, sitemap) until its poster closes it from their link, once; rejection
 * with a reason; expiry; wrong and hostile input; the rate limit; a member who saves an offer and is told of new
 * ones in their region, once; Mes données.
 */
@SiteTest
class JobBoardTests {

    private static final String DOMAIN = "@emplois.example";
    private static final BoardUser MODERATOR = new BoardUser(
            9393, "moderation" + DOMAIN, "Modération ICMF", "{noop}unused", true, EnumSet.of(Role.MODERATOR));
    private static final Pattern CONFIRM_LINK = Pattern.compile("/emplois/confirmation/[A-Za-z0-9_-]{43}");
    private static final Pattern CLOSE_LINK = Pattern.compile("/emplois/cloture/[A-Za-z0-9_-]{43}");
    private static final Pattern SIGN_IN_LINK = Pattern.compile("(/espace-membre/connexion/[A-Za-z0-9_-]{43})");
    /** The list of the offers a member posted, in their space. */
    private static final String PROPOSED = "section[aria-labelledby=proposees]";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer smtp;

    @Autowired
    JobPostings postings;

    @Autowired
    JobsPersonalData personalData;

    @Autowired
    MembershipApplications applications;

    @Autowired
    MembershipReview review;

    @AfterEach
    void removeTestData() {
        jdbc.sql("delete from job_offer where organisation like 'Essai%'").update();
        jdbc.sql("delete from job_alert where email like '%" + DOMAIN + "'").update();
        jdbc.sql("delete from job_alert_delivery where email like '%" + DOMAIN + "'")
                .update();
        jdbc.sql("delete from job_saved_offer where email like '%" + DOMAIN + "'")
                .update();
        MembershipFixtures.forgetAddressesOf(jdbc, DOMAIN);
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID() + DOMAIN;
    }

    private static Map<String, String> offer(String title, String region) {
        return new java.util.LinkedHashMap<>(Map.ofEntries(
                Map.entry("title", title),
                Map.entry(
                        "organisation", "Essai " + UUID.randomUUID().toString().substring(0, 8)),
                Map.entry("kind", "CDI"),
                Map.entry("region", region),
                Map.entry("remote", "false"),
                Map.entry("description", "Animer nos **réseaux sociaux** et notre communauté."),
                Map.entry("salaryMin", "30 000"),
                Map.entry("salaryMax", "35000"),
                Map.entry("deadline", LocalDate.now().plusDays(30).toString()),
                Map.entry("applyTo", "https://www.example.org/candidature")));
    }

    private static MockHttpServletRequestBuilder propose(
            Map<String, String> fields, String email, RequestPostProcessor client) {
        MockHttpServletRequestBuilder request = post("/emplois/proposer")
                .with(csrf())
                .with(client)
                .param("email", email)
                .param("consent", "true")
                .param("stamp", FormStamps.shownSecondsAgo(60))
                .param("website", "");
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    private long offers(String email) {
        return jdbc.sql("select count(*) from job_offer where poster_email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    private long offerId(String email) {
        return jdbc.sql("select id from job_offer where poster_email = :email order by id desc limit 1")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    private String slug(long id) {
        return jdbc.sql("select slug from job_offer where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("select status from job_offer where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** The only mail with this subject an address received (the in-JVM server keeps every test's). */
    private String mail(String email, String subject) throws Exception {
        smtp.deliver();
        List<MimeMessage> found = smtp.receivedBy(email).stream()
                .filter(message -> subject(message).equals(subject))
                .toList();
        assertThat(found).hasSize(1);
        return (String) found.get(0).getContent();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(Pattern pattern, String body) {
        Matcher link = pattern.matcher(body);
        assertThat(link.find()).as("link in " + body).isTrue();
        return link.group();
    }

    /** A recruiter's offer, confirmed and approved as the journey does it; returns its id. */
    private long publishedOffer(String email, Map<String, String> fields) throws Exception {
        send(propose(fields, email, PublicForms.newClient()));
        String confirm = link(CONFIRM_LINK, mail(email, "Confirmez votre offre d'emploi sur le site de l'ICMF"));
        send(post(confirm).with(csrf()));
        long id = offerId(email);
        send(post("/admin/emplois/" + id + "/approuver").with(csrf()).with(user(MODERATOR)));
        return id;
    }

    @Test
    void aRecruitersOfferIsConfirmedApprovedPublishedAndClosedOnce() throws Exception {
        String email = address("recruteur");
        Map<String, String> fields = offer("Community manager <b>senior</b>", "BRETAGNE");
        fields.put("title", "Community manager senior");
        MockHttpServletResponse sent = send(propose(fields, email, PublicForms.newClient()));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/emplois/proposer/merci");
        long id = offerId(email);
        assertThat(status(id)).isEqualTo("UNCONFIRMED");

        // The mail quotes nothing the visitor typed, and its link opens a page whose button confirms.
        String body = mail(email, "Confirmez votre offre d'emploi sur le site de l'ICMF");
        assertThat(body).doesNotContain("Community manager senior", fields.get("organisation"), "réseaux");
        String confirm = link(CONFIRM_LINK, body);
        assertThat(send(get(confirm)).getStatus()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("UNCONFIRMED");
        assertThat(page(send(post(confirm).with(csrf()))).select(".flash").text())
                .contains("C’est confirmé");
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(send(post(confirm).with(csrf())).getStatus()).isEqualTo(404);

        // An offer whose deadline passed while it waited is not published as it is.
        jdbc.sql("update job_offer set deadline = current_date - 1 where id = :id")
                .param("id", id)
                .update();
        send(post("/admin/emplois/" + id + "/approuver").with(csrf()).with(user(MODERATOR)));
        assertThat(status(id)).isEqualTo("PENDING");
        jdbc.sql("update job_offer set deadline = :deadline::date where id = :id")
                .param("id", id)
                .param("deadline", fields.get("deadline"))
                .update();

        // Waiting for moderation: on the dashboard and the board's list, not public.
        String slug = slug(id);
        assertThat(send(get("/emplois/" + slug)).getStatus()).isEqualTo(404);
        assertThat(page(send(get("/admin/emplois").with(user(MODERATOR))))
                        .select("table.list a")
                        .eachText())
                .contains("Community manager senior");
        assertThat(page(send(get("/admin").with(user(MODERATOR)))).text()).contains("offre d’emploi à modérer");

        send(post("/admin/emplois/" + id + "/approuver").with(csrf()).with(user(MODERATOR)));
        assertThat(status(id)).isEqualTo("PUBLISHED");
        String published = mail(email, "Votre offre d'emploi est publiée sur le site de l'ICMF");
        assertThat(published).contains("/emplois/" + slug);
        String close = link(CLOSE_LINK, published);

        Document list = page(send(get("/emplois").param("region", "BRETAGNE")));
        assertThat(list.select(".job-summary a").eachText()).contains("Community manager senior");
        assertThat(page(send(get("/emplois").param("region", "NORMANDIE")))
                        .select(".job-summary a")
                        .eachText())
                .doesNotContain("Community manager senior");
        assertThat(page(send(get("/emplois").param("type", "STAGE")))
                        .select(".job-summary a")
                        .eachText())
                .doesNotContain("Community manager senior");

        Document offerPage = page(send(get("/emplois/" + slug)));
        assertThat(offerPage.select(".job-description strong").text()).isEqualTo("réseaux sociaux");
        JsonNode posting = JsonMapper.builder()
                .build()
                .readTree(offerPage.select("script[type=application/ld+json]").html());
        assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
        assertThat(posting.get("title").asString()).isEqualTo("Community manager senior");
        assertThat(posting.get("hiringOrganization").get("name").asString()).isEqualTo(fields.get("organisation"));
        assertThat(posting.get("employmentType").asString()).isEqualTo("FULL_TIME");
        assertThat(posting.get("baseSalary").get("value").get("minValue").asInt())
                .isEqualTo(30000);
        assertThat(posting.get("validThrough").asString()).startsWith(fields.get("deadline"));

        assertThat(send(get("/emplois/feed.atom")).getContentAsString()).contains("Community manager senior");
        assertThat(send(get("/sitemap.xml")).getContentAsString() + sitemapPages())
                .contains("/emplois/" + slug);

        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'job-offer' and subject_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("approved");

        // The poster closes it from their link, once: the page then says it is closed, and answers 410.
        assertThat(page(send(get(close))).select("main form button").text()).isEqualTo("Clore l’offre");
        assertThat(status(id)).isEqualTo("PUBLISHED");
        send(post(close).with(csrf()));
        assertThat(status(id)).isEqualTo("CLOSED");
        assertThat(send(post(close).with(csrf())).getStatus()).isEqualTo(404);
        assertThat(send(get(close)).getStatus()).isEqualTo(404);
        MockHttpServletResponse gone = send(get("/emplois/" + slug));
        assertThat(gone.getStatus()).isEqualTo(410);
        assertThat(page(gone).select(".flash").text()).contains("Cette offre est close");
        assertThat(page(gone).select("script[type=application/ld+json]")).isEmpty();
        assertThat(page(send(get("/emplois"))).select(".job-summary a").eachText())
                .doesNotContain("Community manager senior");
    }

    /** The sitemap's further pages, when the index lists several. */
    private String sitemapPages() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String location : Jsoup.parse(
                        send(get("/sitemap.xml")).getContentAsString(), "", org.jsoup.parser.Parser.xmlParser())
                .select("sitemap > loc")
                .eachText()) {
            all.append(send(get(location.replaceFirst("^https?://[^/]+", ""))).getContentAsString());
        }
        return all.toString();
    }

    @Test
    void aRejectedOfferIsNeverPublicAndItsPosterIsToldTheReasonWithoutBeingQuoted() throws Exception {
        String email = address("refus");
        Map<String, String> fields = offer("Chargé de communication", "NORMANDIE");
        send(propose(fields, email, PublicForms.newClient()));
        send(post(link(CONFIRM_LINK, mail(email, "Confirmez votre offre d'emploi sur le site de l'ICMF")))
                .with(csrf()));
        long id = offerId(email);

        MockHttpServletResponse blank = send(post("/admin/emplois/" + id + "/refuser")
                .with(csrf())
                .with(user(MODERATOR))
                .param("reason", " "));
        assertThat(page(blank).select(".field-error").text()).contains("Indiquez la raison du refus");
        assertThat(status(id)).isEqualTo("PENDING");

        send(post("/admin/emplois/" + id + "/refuser")
                .with(csrf())
                .with(user(MODERATOR))
                .param("reason", "Ce poste ne relève pas du community management."));
        assertThat(status(id)).isEqualTo("REJECTED");
        String body = mail(email, "Votre offre d'emploi sur le site de l'ICMF");
        assertThat(body).contains("Ce poste ne relève pas du community management.");
        assertThat(body).doesNotContain("Chargé de communication", fields.get("organisation"), "réseaux");
        assertThat(send(get("/emplois/" + slug(id))).getStatus()).isEqualTo(404);
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'job-offer' and subject_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("rejected");
    }

    @Test
    void anOfferPastItsDeadlineLeavesTheListAndItsPageSaysItExpired() throws Exception {
        String email = address("expire");
        long id = publishedOffer(email, offer("Chef de projet social media", "OCCITANIE"));
        String slug = slug(id);
        assertThat(send(get("/emplois/" + slug)).getStatus()).isEqualTo(200);

        // Time passes: the deadline is yesterday. The lists leave it out at once, before the nightly job runs.
        jdbc.sql("update job_offer set deadline = current_date - 2 where id = :id")
                .param("id", id)
                .update();
        assertThat(page(send(get("/emplois"))).select(".job-summary a").eachText())
                .doesNotContain("Chef de projet social media");
        MockHttpServletResponse gone = send(get("/emplois/" + slug));
        assertThat(gone.getStatus()).isEqualTo(410);
        assertThat(page(gone).select(".flash").text()).contains("Cette offre a expiré");
        assertThat(sitemapPages() + send(get("/sitemap.xml")).getContentAsString())
                .doesNotContain("/emplois/" + slug);

        assertThat(postings.expire()).isGreaterThanOrEqualTo(1);
        assertThat(status(id)).isEqualTo("EXPIRED");
        assertThat(page(send(get("/emplois/" + slug))).select(".flash").text()).contains("Cette offre a expiré");
    }

    @Test
    void wrongAndHostileInputIsRefusedInFrenchWithWhatWasTypedKeptAndNothingStored() throws Exception {
        String email = address("hostile");
        Map<String, String> fields = offer("Community manager", "BRETAGNE");
        fields.put("salaryMin", "abc");
        fields.put("salaryMax", "");
        fields.put("deadline", LocalDate.now().minusDays(1).toString());
        fields.put("title", "\u0000");
        fields.put("organisation", "É".repeat(151));
        fields.put("applyTo", "javascript:alert(1)");
        Document refused = page(send(propose(fields, email, PublicForms.newClient())));
        assertThat(refused.select("#salaryMin-erreur").text()).contains("Indiquez un montant en euros");
        assertThat(refused.select("#salaryMin").val()).isEqualTo("abc");
        assertThat(refused.select("#deadline-erreur").text()).contains("ne peut pas être déjà passée");
        assertThat(refused.select("#title-erreur").text()).contains("Indiquez l’intitulé");
        assertThat(refused.select("#organisation-erreur").text()).contains("150 caractères au plus");
        assertThat(refused.select("#applyTo-erreur").text()).contains("adresse web");
        assertThat(refused.select("#applyTo").val()).isEqualTo("javascript:alert(1)");

        Map<String, String> inverted = offer("Community manager", "BRETAGNE");
        inverted.put("salaryMin", "40000");
        inverted.put("salaryMax", "30000");
        inverted.put("region", "ATLANTIDE");
        Document order = page(send(propose(inverted, email, PublicForms.newClient())));
        assertThat(order.select("#salaryMax-erreur").text()).contains("ne peut être inférieur au salaire minimum");
        assertThat(order.select("#region-erreur").text()).contains("Choisissez une région dans la liste");

        Map<String, String> huge = offer("Community manager", "BRETAGNE");
        huge.put("description", "x".repeat(20_000));
        huge.put("salaryMax", "99999999999999999999");
        Document tooLong = page(send(propose(huge, email, PublicForms.newClient())));
        assertThat(tooLong.select("#description-erreur").text()).contains("10 000 caractères au plus");
        assertThat(tooLong.select("#salaryMax-erreur").text()).contains("Indiquez un montant en euros");

        assertThat(offers(email)).isZero();
        smtp.deliver();
        assertThat(smtp.receivedBy(email)).isEmpty();
    }

    @Test
    void aClientPostingTooManyOffersIsToldToWait() throws Exception {
        RequestPostProcessor client = PublicForms.newClient();
        for (int i = 0; i < 5; i++) {
            assertThat(send(propose(offer("Offre " + i, "CORSE"), address("rafale"), client))
                            .getRedirectedUrl())
                    .isEqualTo("/emplois/proposer/merci");
        }
        String last = address("rafale");
        Document refused = page(send(propose(offer("Offre de trop", "CORSE"), last, client)));
        assertThat(refused.select(".form-error").text()).contains("Trop d’offres envoyées");
        assertThat(refused.select("#title").val()).isEqualTo("Offre de trop");
        assertThat(offers(last)).isZero();
    }

    private Cookie signedInMember(String email) throws Exception {
        long application = MembershipFixtures.confirmedApplication(
                applications, jdbc, MembershipFixtures.applicantInTours("Camille", "Emploi", email));
        review.accept(application, new Actor(9393L, "Modération ICMF"));
        send(post("/espace-membre/lien")
                .with(csrf())
                .with(PublicForms.newClient())
                .param("email", email)
                .param("stamp", FormStamps.shownSecondsAgo(20))
                .param("website", ""));
        String link = link(SIGN_IN_LINK, mail(email, "Votre lien de connexion à l'espace membre de l'ICMF"));
        Cookie session = send(post(link).with(csrf())).getCookie("ICMF_MEMBRE");
        assertThat(session).isNotNull();
        return session;
    }

    @Test
    void aMemberSavesAnOfferAndIsToldOnceOfNewOffersInTheirRegion() throws Exception {
        String member = address("membre");
        Cookie session = signedInMember(member);

        // The alert is one of the member's choices, dated.
        Document space = page(send(get("/espace-membre").cookie(session)));
        assertThat(space.select("input[name=choix][value=emplois]")).hasSize(1);
        send(post("/espace-membre/choix").with(csrf()).cookie(session).param("choix", "emplois"));
        assertThat(jdbc.sql("select count(*) from job_alert where email = :email")
                        .param("email", member)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // An offer in the member's region (Centre-Val de Loire) is announced once; one elsewhere is not.
        long near = publishedOffer(address("tours"), offer("Community manager à Tours", "CENTRE_VAL_DE_LOIRE"));
        publishedOffer(address("brest"), offer("Community manager à Brest", "BRETAGNE"));
        String alert = mail(member, "Nouvelle offre d'emploi sur le site de l'ICMF");
        assertThat(alert).contains("Community manager à Tours", "/emplois/" + slug(near));
        postings.reject(near, "Doublon.", Actor.SYSTEM);
        postings.approve(near, Actor.SYSTEM);
        mail(member, "Nouvelle offre d'emploi sur le site de l'ICMF");

        // Saved from the offer's page (a button posting to the member's space), listed in the space.
        assertThat(page(send(get("/emplois/" + slug(near)))).select("form[action$=/enregistrer] button"))
                .hasSize(1);
        send(post("/espace-membre/emplois/" + slug(near) + "/enregistrer")
                .with(csrf())
                .cookie(session));
        send(post("/espace-membre/emplois/" + slug(near) + "/enregistrer")
                .with(csrf())
                .cookie(session));
        Document saved = page(send(get("/espace-membre/emplois").cookie(session)));
        assertThat(saved.select(".job-saved a").eachText())
                .containsExactly("Community manager à Tours — "
                        + jdbc.sql("select organisation from job_offer where id = :id")
                                .param("id", near)
                                .query(String.class)
                                .single());
        // Without a member's session, saving leads to the sign-in page.
        assertThat(send(post("/espace-membre/emplois/" + slug(near) + "/enregistrer")
                                .with(csrf()))
                        .getRedirectedUrl())
                .endsWith("/espace-membre");

        // Mes données shows the saved offer and the alert, and erasure forgets them.
        assertThat(personalData.find(member)).hasSize(2);
        assertThat(personalData.erase(member)).isEqualTo(2);
        assertThat(personalData.find(member)).isEmpty();
    }

    @Test
    void aMembersOfferNeedsNoConfirmationMailAndWaitsForModeration() throws Exception {
        String member = address("membre-annonceur");
        Cookie session = signedInMember(member);
        Map<String, String> fields = offer("Stage community management", "CENTRE_VAL_DE_LOIRE");
        fields.put("kind", "STAGE");
        fields.put("salaryMax", "");
        var request = post("/espace-membre/emplois").with(csrf()).cookie(session);
        fields.forEach(request::param);
        assertThat(send(request).getRedirectedUrl()).isEqualTo("/espace-membre/emplois");
        long id = offerId(member);
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(page(send(get("/espace-membre/emplois").cookie(session))).text())
                .contains("Stage community management : En attente de modération");

        // Mes données: the offer, then erased with the rest.
        assertThat(personalData.find(member)).hasSize(1);
        personalData.erase(member);
        assertThat(offers(member)).isZero();
    }

    /** An offer posted from a member's space; returns its id. */
    private long memberOffer(Cookie session, String email, String title) throws Exception {
        var request = post("/espace-membre/emplois").with(csrf()).cookie(session);
        offer(title, "CENTRE_VAL_DE_LOIRE").forEach(request::param);
        assertThat(send(request).getRedirectedUrl()).isEqualTo("/espace-membre/emplois");
        send(get("/espace-membre/emplois").cookie(session)); // shows, so spends, the thank-you flash
        return offerId(email);
    }

    /** Withdraws an offer as this member; returns their space as the redirect shows it (a flash, or an alert). */
    private Document withdraw(Cookie session, long id) throws Exception {
        assertThat(send(post("/espace-membre/emplois/proposees/" + id + "/retirer")
                                .with(csrf())
                                .cookie(session))
                        .getRedirectedUrl())
                .isEqualTo("/espace-membre/emplois#proposees");
        return page(send(get("/espace-membre/emplois").cookie(session)));
    }

    private List<String> audit(long id) {
        return jdbc.sql("select action || ' by ' || actor_name from audit_entry "
                        + "where subject_type = 'job-offer' and subject_id = :id order by occurred_at, id")
                .param("id", id)
                .query(String.class)
                .list();
    }

    @Test
    void aMemberWithdrawsTheirPublishedOfferFromTheirSpaceAndItsPageAnswersGone() throws Exception {
        String member = address("membre-retrait");
        Cookie session = signedInMember(member);
        long id = memberOffer(session, member, "Community manager junior");
        send(post("/admin/emplois/" + id + "/approuver").with(csrf()).with(user(MODERATOR)));
        String slug = slug(id);
        assertThat(send(get("/emplois/" + slug)).getStatus()).isEqualTo(200);

        // The space shows it published, with a confirmation form naming the offer.
        Document space = page(send(get("/espace-membre/emplois").cookie(session)));
        assertThat(space.select(PROPOSED + " li").text()).startsWith("Community manager junior : Publiée");
        assertThat(space.select(PROPOSED + " details button").attr("aria-label"))
                .isEqualTo("Confirmer le retrait de l’offre « Community manager junior »");
        assertThat(space.select(PROPOSED + " details form").attr("action"))
                .isEqualTo("/espace-membre/emplois/proposees/" + id + "/retirer");

        Document after = withdraw(session, id);
        assertThat(after.select(".flash").text())
                .isEqualTo("C’est fait : votre offre est retirée et n’apparaît plus sur le site.");
        assertThat(after.select(PROPOSED + " li").text()).isEqualTo("Community manager junior : Clôturée");
        assertThat(status(id)).isEqualTo("CLOSED");

        // Gone for readers, the cached page included, and recorded as the poster's mailed link records it.
        MockHttpServletResponse gone = send(get("/emplois/" + slug));
        assertThat(gone.getStatus()).isEqualTo(410);
        assertThat(page(gone).select(".flash").text()).contains("Cette offre est close");
        assertThat(page(send(get("/emplois"))).select(".job-summary a").eachText())
                .doesNotContain("Community manager junior");
        AsyncEvents.awaitHandled(jdbc);
        assertThat(audit(id)).containsExactly("approved by Modération ICMF", "closed by " + JobPostings.POSTER.name());
    }

    @Test
    void aMemberCannotWithdrawAnOfferTheyDidNotPost() throws Exception {
        String poster = address("membre-annonceur");
        long theirs = memberOffer(signedInMember(poster), poster, "Responsable communauté");
        send(post("/admin/emplois/" + theirs + "/approuver").with(csrf()).with(user(MODERATOR)));
        long recruiters = publishedOffer(address("recruteur-tiers"), offer("Social media manager", "BRETAGNE"));
        Cookie intruder = signedInMember(address("membre-intrus"));

        for (long forged : List.of(theirs, recruiters, 999_999_999L)) {
            Document space = withdraw(intruder, forged);
            assertThat(space.select("[role=alert]").text())
                    .isEqualTo(
                            "Cette offre ne fait pas partie de celles que vous avez proposées : rien n’a été retiré.");
            assertThat(space.select(".flash")).isEmpty();
        }
        assertThat(status(theirs)).isEqualTo("PUBLISHED");
        assertThat(status(recruiters)).isEqualTo("PUBLISHED");
        assertThat(send(get("/emplois/" + slug(theirs))).getStatus()).isEqualTo(200);
        AsyncEvents.awaitHandled(jdbc);
        assertThat(audit(theirs)).containsExactly("approved by Modération ICMF");

        // Out of bounds ids never reach the service.
        assertThat(send(post("/espace-membre/emplois/proposees/99999999999999999999/retirer")
                                .with(csrf())
                                .cookie(intruder))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aWithdrawnOfferCannotBeWithdrawnTwiceAndEachOfferSaysWhereItStands() throws Exception {
        String member = address("membre-statuts");
        Cookie session = signedInMember(member);
        long pending = memberOffer(session, member, "Offre en attente");
        assertThat(withdraw(session, pending).select(".flash").text())
                .isEqualTo("C’est fait : votre offre est retirée et n’apparaît plus sur le site.");
        assertThat(status(pending)).isEqualTo("CLOSED");
        assertThat(page(send(get("/admin/emplois").with(user(MODERATOR))))
                        .select("table.list a")
                        .eachText())
                .doesNotContain("Offre en attente");

        // Sent again (a second click, an old tab): refused in words, nothing more recorded.
        Document refused = withdraw(session, pending);
        assertThat(refused.select("[role=alert]").text())
                .isEqualTo("Cette offre est déjà clôturée, refusée ou expirée : il n’y a plus rien à retirer.");
        AsyncEvents.awaitHandled(jdbc);
        assertThat(audit(pending)).containsExactly("closed by " + JobPostings.POSTER.name());

        // A rejected offer shows the board's reason; one past its deadline shows it expired; neither can be withdrawn.
        long rejected = memberOffer(session, member, "Offre refusée");
        postings.reject(rejected, "Ce poste ne relève pas du community management.", Actor.SYSTEM);
        long expired = memberOffer(session, member, "Offre expirée");
        postings.approve(expired, Actor.SYSTEM);
        jdbc.sql("update job_offer set deadline = current_date - 2 where id = :id")
                .param("id", expired)
                .update();
        Document space = page(send(get("/espace-membre/emplois").cookie(session)));
        assertThat(space.select(PROPOSED + " li").eachText())
                .containsExactly(
                        "Offre expirée : Expirée",
                        "Offre refusée : Refusée — motif du bureau : Ce poste ne relève pas du community management.",
                        "Offre en attente : Clôturée");
        assertThat(space.select(PROPOSED + " details")).isEmpty();
        for (long ended : List.of(rejected, expired)) {
            assertThat(withdraw(session, ended).select("[role=alert]").text())
                    .contains("déjà clôturée, refusée ou expirée");
        }
        assertThat(status(rejected)).isEqualTo("REJECTED");
        assertThat(status(expired)).isEqualTo("PUBLISHED");
    }

    @Test
    void theBoardCorrectsAnOfferAndTheNightlyJobDeletesWhatIsNoLongerKept() throws Exception {
        String email = address("correction");
        long id = publishedOffer(email, offer("Communty manager", "GRAND_EST"));
        Map<String, String> fields = offer("Community manager", "GRAND_EST");
        fields.put("salaryMax", "abc");
        var wrong = post("/admin/emplois/" + id).with(csrf()).with(user(MODERATOR));
        fields.forEach(wrong::param);
        assertThat(page(send(wrong)).select("#salaryMax-erreur").text()).contains("Indiquez un montant en euros");
        fields.put("salaryMax", "");
        var corrected = post("/admin/emplois/" + id).with(csrf()).with(user(MODERATOR));
        fields.forEach(corrected::param);
        assertThat(send(corrected).getRedirectedUrl()).isEqualTo("/admin/emplois/" + id);
        assertThat(page(send(get("/emplois/" + slug(id)))).select("h1").text()).isEqualTo("Community manager");
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'job-offer' and subject_id = :id "
                                + "order by id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("approved", "updated");

        // An unconfirmed offer whose link expired, and an offer ended longer ago than kept, are deleted.
        String unconfirmed = address("jamais-confirmee");
        send(propose(offer("Jamais confirmée", "CORSE"), unconfirmed, PublicForms.newClient()));
        jdbc.sql("update job_offer set confirm_expires_at = now() - interval '1 minute' where poster_email = :email")
                .param("email", unconfirmed)
                .update();
        postings.close(id, Actor.SYSTEM);
        assertThat(postings.purge()).isEqualTo(1);
        assertThat(offers(unconfirmed)).isZero();
        assertThat(offers(email)).isEqualTo(1);
        jdbc.sql("update job_offer set ended_at = now() - interval '366 days' where id = :id")
                .param("id", id)
                .update();
        assertThat(postings.purge()).isEqualTo(1);
        assertThat(offers(email)).isZero();
    }
}
