package org.icmf.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.events.EventEditor;
import org.icmf.events.EventFixtures;
import org.icmf.events.Registrant;
import org.icmf.events.Registrations;
import org.icmf.mail.TestMailServer;
import org.icmf.membership.MembershipFixtures;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
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

/** The members' space: signing in by e-mailed link, the member's own session, their membership and receipts. */
@SiteTest
class MemberSpaceTests {

    private static final BoardUser TREASURER = new BoardUser(
            8282, "tresor@icmf.example", "Trésorière ICMF", "{noop}unused", true, EnumSet.of(Role.TREASURER));
    private static final Pattern LINK =
            Pattern.compile("http://localhost:8080(/espace-membre/connexion/[A-Za-z0-9_-]{43})");
    private static final String SUBJECT = "Votre lien de connexion à l'espace membre de l'ICMF";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MembershipApplications applications;

    @Autowired
    MembershipReview review;

    @Autowired
    TestMailServer smtp;

    @AfterEach
    void removeTestData() {
        jdbc.sql("delete from comment where author_email like '%@espace.example'")
                .update();
        jdbc.sql("delete from event_registration where email like '%@espace.example'")
                .update();
        jdbc.sql("delete from event where title = 'Café de l’espace'").update();
        jdbc.sql("delete from personal_data_request where email like '%@espace.example'")
                .update();
        jdbc.sql("delete from newsletter_subscriber where email like '%@espace.example'")
                .update();
        jdbc.sql("delete from membership_due where payment_id in "
                        + "(select id from membership_payment where bank = 'Banque Espace')")
                .update();
        jdbc.sql("delete from membership_payment where bank = 'Banque Espace'").update();
        MembershipFixtures.forgetAddressesOf(jdbc, "@espace.example");
    }

    /** A member whose dues for this year are recorded; returns their member number. */
    private String memberWhoPaid(String firstName, String email) throws Exception {
        long id = MembershipFixtures.confirmedApplication(
                applications, jdbc, MembershipFixtures.applicantInTours(firstName, "Espace", email));
        String number = review.accept(id, new Actor(8282L, "Trésorière ICMF"));
        mvc.perform(post("/admin/cotisations")
                .with(user(TREASURER))
                .with(csrf())
                .param("memberNumbers", number)
                .param("amountPerMember", "35")
                .param("chequeNumber", "3535")
                .param("bank", "Banque Espace")
                .param("receivedOn", Year.now() + "-02-01")
                .param("payerName", "")
                .param("year", Year.now().toString()));
        smtp.deliver();
        return number;
    }

    private MockHttpServletResponse askForLink(String email) throws Exception {
        return mvc.perform(post("/espace-membre/lien")
                        .with(csrf())
                        .with(PublicForms.newClient())
                        .param("email", email)
                        .param("stamp", FormStamps.shownSecondsAgo(20))
                        .param("website", ""))
                .andReturn()
                .getResponse();
    }

    /** The sign-in mails an address received (the in-JVM server keeps every test's), oldest first. */
    private List<MimeMessage> signInMails(String email) {
        return smtp.receivedBy(email).stream()
                .filter(mail -> {
                    try {
                        return mail.getSubject().equals(SUBJECT);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Asks for a link and returns its path, as the member reads it in the mail they received. */
    private String signInLink(String email) throws Exception {
        int before = signInMails(email).size();
        askForLink(email);
        smtp.deliver();
        List<MimeMessage> received = signInMails(email);
        assertThat(received).hasSize(before + 1);
        Matcher link = LINK.matcher((String) received.get(received.size() - 1).getContent());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** Presses the button of a link's page; returns the member's session cookie, or null when not signed in. */
    private Cookie pressSignIn(String link) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(post(link).with(csrf())).andReturn().getResponse();
        return response.getCookie(MemberSessionCookies.COOKIE);
    }

    private Cookie signIn(String email) throws Exception {
        Cookie session = pressSignIn(signInLink(email));
        assertThat(session).isNotNull();
        return session;
    }

    private Document page(String path, Cookie... cookies) throws Exception {
        var request = get(path);
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private long memberSessions() {
        return jdbc.sql("select count(*) from security_session where principal_name like 'membre:%'")
                .query(Long.class)
                .single();
    }

    @Test
    void aMemberSignsInByTheMailedLinkWhosePageAloneSignsNobodyIn() throws Exception {
        String number = memberWhoPaid("Léa", "lea@espace.example");

        int before = signInMails("lea@espace.example").size();
        String answer = Jsoup.parse(askForLink(" Lea@Espace.example ").getContentAsString())
                .select(".flash")
                .text();
        assertThat(answer)
                .startsWith("Si cette adresse est celle d’un membre, un lien de connexion vient d’y être envoyé")
                .contains("valable 15 minutes, une seule fois", "au plus un lien toutes les 10 minutes");
        smtp.deliver();
        List<MimeMessage> mails = signInMails("lea@espace.example");
        assertThat(mails).hasSize(before + 1);
        String body = (String) mails.get(before).getContent();
        assertThat(body).contains("valable 15 minutes").doesNotContain("Lea@Espace");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();

        // A mail scanner opens the link: nobody is signed in, and the link still works.
        MockHttpServletResponse linkPage =
                mvc.perform(get(link.group(1))).andReturn().getResponse();
        assertThat(linkPage.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(linkPage.getContentAsString())
                        .select("main form button")
                        .text())
                .isEqualTo("Me connecter");
        assertThat(memberSessions()).isZero();
        Cookie scanned = linkPage.getCookie(MemberSessionCookies.COOKIE);
        if (scanned != null) {
            assertThat(page("/espace-membre", scanned).select(".member-status")).isEmpty();
        }

        Cookie session = pressSignIn(link.group(1));
        assertThat(session).isNotNull();
        assertThat(session.getPath()).isEqualTo("/espace-membre");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(memberSessions()).isEqualTo(1);

        Document dashboard = page("/espace-membre", session);
        assertThat(dashboard.select("h1").text()).isEqualTo("Espace membre");
        assertThat(dashboard.text()).contains("Bonjour Léa Espace, membre n° " + number);
        assertThat(dashboard.select(".member-status").text()).isEqualTo("Adhésion à jour pour " + Year.now() + ".");
        assertThat(mvc.perform(get("/espace-membre").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getHeader("Cache-Control"))
                .contains("no-store");
    }

    @Test
    void aLinkSignsInOnceAndNotOnceExpired() throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        String link = signInLink("lea@espace.example");
        assertThat(pressSignIn(link)).isNotNull();

        assertThat(pressSignIn(link)).as("used again").isNull();
        assertThat(page(link).select(".form-error").text()).startsWith("Ce lien de connexion n’est plus valable");

        jdbc.sql("update form_attempt set created_at = created_at - interval '11 minutes' "
                        + "where email = 'lea@espace.example'")
                .update();
        String late = signInLink("lea@espace.example");
        jdbc.sql("update members_sign_in_link set expires_at = now() - interval '1 second' "
                        + "where email = 'lea@espace.example' and used_at is null")
                .update();
        assertThat(page(late).select("main form button").text()).isEqualTo("Recevoir un lien de connexion");
        assertThat(pressSignIn(late)).as("expired").isNull();
        assertThat(memberSessions()).isEqualTo(1);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        int before = signInMails("lea@espace.example").size();
        String known = Jsoup.parse(askForLink("lea@espace.example").getContentAsString())
                .select(".flash")
                .text();
        String unknown = Jsoup.parse(askForLink("personne@espace.example").getContentAsString())
                .select(".flash")
                .text();
        smtp.deliver();

        assertThat(unknown).isEqualTo(known).isNotBlank();
        assertThat(smtp.receivedBy("personne@espace.example")).isEmpty();
        assertThat(signInMails("lea@espace.example")).hasSize(before + 1);
        Document invalid = Jsoup.parse(askForLink("<script>").getContentAsString());
        assertThat(invalid.select("#email-erreur").text()).startsWith("Cette adresse e-mail n'est pas valide");
        assertThat(invalid.select("#email").val()).isEqualTo("<script>");
    }

    @Test
    void aMemberDownloadsTheirReceiptsAndNoOneElses() throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        memberWhoPaid("Marc", "marc@espace.example");
        Cookie session = signIn("lea@espace.example");
        String href = page("/espace-membre", session)
                .select(".member-dues a[href$=.pdf]")
                .attr("href");
        assertThat(href).startsWith("/espace-membre/attestations/");

        MockHttpServletResponse pdf =
                mvc.perform(get(href).cookie(session)).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.getHeader("Content-Disposition")).contains("attestation-cotisation-");

        String marcsReceipt = jdbc.sql("select d.receipt_number from membership_due d "
                        + "join membership_member m on m.id = d.member_id where m.email = 'marc@espace.example'")
                .query(String.class)
                .single();
        assertThat(mvc.perform(get("/espace-membre/attestations/" + marcsReceipt + ".pdf")
                                .cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(href)).andReturn().getResponse().getRedirectedUrl())
                .as("signed out")
                .endsWith("/espace-membre");
    }

    @Test
    void aMemberSessionNeverOpensTheAdminArea() throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        Cookie session = signIn("lea@espace.example");

        assertThat(mvc.perform(get("/admin").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/admin/connexion");
        // The same session under the board's cookie name: the board's context is not in it.
        Cookie asBoard = new Cookie("SESSION", session.getValue());
        assertThat(mvc.perform(get("/admin").cookie(asBoard))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/admin/connexion");
        assertThat(mvc.perform(get("/admin/cotisations").cookie(asBoard))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/admin/connexion");
    }

    @Test
    void signingOutEverywhereEndsTheMembersOtherSessions() throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        memberWhoPaid("Marc", "marc@espace.example");
        Cookie phone = signIn("lea@espace.example");
        jdbc.sql("update form_attempt set created_at = created_at - interval '11 minutes' "
                        + "where email = 'lea@espace.example'")
                .update();
        Cookie laptop = signIn("lea@espace.example");
        Cookie marc = signIn("marc@espace.example");
        assertThat(page("/espace-membre", phone).select(".member-status")).hasSize(1);

        assertThat(mvc.perform(post("/espace-membre/deconnexion-partout")
                                .cookie(laptop)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/espace-membre?deconnecte");

        assertThat(page("/espace-membre", phone).select("form[action=/espace-membre/lien]"))
                .as("the other session is ended")
                .hasSize(1);
        assertThat(page("/espace-membre", laptop).select("form[action=/espace-membre/lien]"))
                .hasSize(1);
        assertThat(page("/espace-membre", marc).select(".member-status"))
                .as("another member's session stays")
                .hasSize(1);
    }

    @Test
    void anErasedMembersSessionEndsAtTheirNextRequest() throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        Cookie session = signIn("lea@espace.example");

        jdbc.sql("delete from membership_member where email = 'lea@espace.example'")
                .update();

        assertThat(page("/espace-membre", session).select("form[action=/espace-membre/lien]"))
                .hasSize(1);
        assertThat(memberSessions()).isZero();
    }

    @Test
    void aMemberChangesAChoiceAndItsDateAndSourceAreRecorded() throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        Cookie session = signIn("lea@espace.example");
        Document before = page("/espace-membre", session);
        assertThat(before.select("#directory").hasAttr("checked")).isFalse();
        assertThat(before.select("#reminders").hasAttr("checked")).isTrue();
        assertThat(before.select("#reminders-consent").text()).endsWith("(formulaire d’adhésion).");

        assertThat(mvc.perform(post("/espace-membre/choix")
                                .cookie(session)
                                .with(csrf())
                                .param("directory", "true")
                                .param("reminders", "true"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/espace-membre#choix");

        Document after = page("/espace-membre", session);
        assertThat(after.select("#directory").hasAttr("checked")).isTrue();
        assertThat(after.select("#directory-consent").text())
                .startsWith("Choisi le ")
                .endsWith("(espace membre).");
        assertThat(after.select("#reminders-consent").text())
                .as("a choice left as it was keeps its date")
                .endsWith("(formulaire d’adhésion).");
        assertThat(jdbc.sql("select directory_chosen_via from membership_member where email = 'lea@espace.example'")
                        .query(String.class)
                        .single())
                .isEqualTo("ESPACE_MEMBRE");
    }

    @Test
    void aMemberTicksTheNewsletterInTheirSpaceWithoutConfirmationMailThenLeavesIt() throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        Cookie session = signIn("lea@espace.example");
        Document before = page("/espace-membre", session);
        assertThat(before.select("#choix-lettre").hasAttr("checked")).isFalse();
        assertThat(before.select("#choix-lettre-date").text()).isEqualTo("Jamais choisi.");
        int mailsBefore = outboxCount();

        mvc.perform(post("/espace-membre/choix").cookie(session).with(csrf()).param("choix", "lettre"));

        Document subscribed = page("/espace-membre", session);
        assertThat(subscribed.select("#choix-lettre").hasAttr("checked")).isTrue();
        assertThat(subscribed.select("#choix-lettre-date").text())
                .startsWith("Choisi le ")
                .endsWith("(l’espace membre).");
        assertThat(newsletterStatus()).isEqualTo("CONFIRMED MEMBERS_SPACE");
        assertThat(outboxCount())
                .as("signed in by this address: no confirmation mail")
                .isEqualTo(mailsBefore);

        mvc.perform(post("/espace-membre/choix").cookie(session).with(csrf()));

        assertThat(page("/espace-membre", session).select("#choix-lettre").hasAttr("checked"))
                .isFalse();
        assertThat(newsletterStatus()).isEqualTo("UNSUBSCRIBED MEMBERS_SPACE");
    }

    private String newsletterStatus() {
        return jdbc.sql(
                        "select status || ' ' || coalesce(unsubscribe_source, consent_source) from newsletter_subscriber "
                                + "where email = 'lea@espace.example'")
                .query(String.class)
                .single();
    }

    private int outboxCount() {
        return jdbc.sql("select count(*) from mail_outbox where recipient = 'lea@espace.example'")
                .query(Integer.class)
                .single();
    }

    @Test
    void aMemberUpdatesTheirContactDetailsWithMistakesShownNextToTheirFields() throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        Cookie session = signIn("lea@espace.example");

        Document refused = Jsoup.parse(mvc.perform(post("/espace-membre/coordonnees")
                        .cookie(session)
                        .with(csrf())
                        .param("streetAddress", "5 place Plumereau")
                        .param("postalCode", "370")
                        .param("city", "x".repeat(101))
                        .param("country", "France")
                        .param("region", "CENTRE_VAL_DE_LOIRE")
                        .param("phone", "12"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#postalCode-erreur").text()).startsWith("Un code postal français compte 5 chiffres");
        assertThat(refused.select("#city-erreur").text()).isEqualTo("Ce champ ne peut pas dépasser 100 caractères.");
        assertThat(refused.select("#phone-erreur").text()).startsWith("Ce numéro de téléphone n'est pas valide");
        assertThat(refused.select("#streetAddress").val())
                .as("what was typed is kept")
                .isEqualTo("5 place Plumereau");

        assertThat(mvc.perform(post("/espace-membre/coordonnees")
                                .cookie(session)
                                .with(csrf())
                                .param("streetAddress", "5 place Plumereau")
                                .param("postalCode", "29200")
                                .param("city", "Brest")
                                .param("country", "France")
                                .param("region", "BRETAGNE")
                                .param("phone", "06 12 34 56 78"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/espace-membre#coordonnees");
        Document saved = page("/espace-membre", session);
        assertThat(saved.select("#city").val()).isEqualTo("Brest");
        assertThat(saved.select("#region option[selected]").val()).isEqualTo("BRETAGNE");
        assertThat(saved.select("#phone").val()).isEqualTo("+33612345678");
    }

    @Test
    void aMemberSeesTheirRegistrationsAndCommentsAndCancelsARegistration(
            @Autowired EventEditor editor, @Autowired Registrations registrations) throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        long eventId = editor.create(EventFixtures.cafe("Café de l’espace", 12, null, 0, null), EventFixtures.BOARD);
        registrations.addByBoard(eventId, new Registrant("Léa", "Espace", "lea@espace.example", null, 0));
        jdbc.sql("""
                insert into comment (subject_type, subject_id, status, created_at, author_name, author_email, body,
                                     notify_replies, address_hash)
                values ('page', (select id from site_page where slug = 'le-metier'), 'PENDING', now(), 'Léa',
                        'lea@espace.example', 'Un commentaire de Léa.', false, 'hash')""").update();
        Cookie session = signIn("lea@espace.example");

        Document space = page("/espace-membre", session);
        assertThat(space.select("#inscriptions ~ ul li a").first().text()).isEqualTo("Café de l’espace");
        assertThat(space.select("#commentaires ~ ul li blockquote").text()).isEqualTo("Un commentaire de Léa.");
        assertThat(space.select("#commentaires ~ ul li").text()).contains("En attente de modération");
        String cancel = space.select("#inscriptions ~ ul form").attr("action");

        assertThat(mvc.perform(post(cancel).cookie(session).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/espace-membre#inscriptions");
        assertThat(jdbc.sql("select status from event_registration where event_id = :id")
                        .param("id", eventId)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
        assertThat(page("/espace-membre", session).select("#inscriptions ~ ul form"))
                .isEmpty();

        registrations.addByBoard(eventId, new Registrant("Marc", "Autre", "marc@espace.example", null, 0));
        long marcsId = jdbc.sql("select id from event_registration where email = 'marc@espace.example'")
                .query(Long.class)
                .single();
        assertThat(mvc.perform(post("/espace-membre/inscriptions/" + marcsId + "/annuler")
                                .cookie(session)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another's registration")
                .isEqualTo(404);
    }

    @Test
    void aMemberOpensMesDonneesFromTheirSpace() throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        Cookie session = signIn("lea@espace.example");

        String data = mvc.perform(
                        post("/espace-membre/mes-donnees").cookie(session).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(data).matches("/mes-donnees/[A-Za-z0-9_-]{43}");
        Document page = page(data);
        assertThat(page.text()).contains("Ce que l’ICMF détient pour l’adresse lea@espace.example");
        assertThat(page.select("form[action$=/effacer]")).hasSize(1);
    }

    private MockHttpServletResponse saveProfile(Cookie session, String visible, String link) throws Exception {
        var request = post("/espace-membre/profil")
                .cookie(session)
                .with(csrf())
                .param("jobTitle", "Community manager")
                .param("presentation", "J’anime des communautés <b>locales</b> à Tours.")
                .param("link1", link)
                .param("link2", "")
                .param("link3", "");
        if (visible != null) {
            request.param("visible", visible);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private Document directory() throws Exception {
        return page("/association/membres");
    }

    @Test
    void aMemberShowsTheirPublicProfileInTheDirectoryOnlyWhenTheyChooseTo() throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");
        Cookie session = signIn("lea@espace.example");
        assertThat(page("/espace-membre", session).select("#profile-consent").text())
                .isEqualTo("Jamais choisi.");
        mvc.perform(post("/espace-membre/choix").cookie(session).with(csrf()).param("directory", "true"));

        Document refused =
                Jsoup.parse(saveProfile(session, "true", "javascript:alert(1)").getContentAsString());
        assertThat(refused.select("#link1-erreur").text()).startsWith("Ce lien doit être une adresse web complète");
        assertThat(refused.select("p.form-error[role=alert]").text())
                .isEqualTo("Votre profil n’est pas enregistré : corrigez les champs signalés.");
        assertThat(refused.select("p.form-error a").attr("href")).isEqualTo("#profil");
        assertThat(refused.select("#link1").val()).isEqualTo("javascript:alert(1)");
        assertThat(Jsoup.parse(saveProfile(session, "true", "ftp://exemple.fr").getContentAsString())
                        .select("#link1-erreur"))
                .hasSize(1);

        assertThat(saveProfile(session, null, "https://lea.example/blog").getRedirectedUrl())
                .isEqualTo("/espace-membre#profil");
        assertThat(directory().select(".directory li:contains(Léa Espace)").text())
                .contains("Community manager")
                .doesNotContain("J’anime");

        assertThat(saveProfile(session, "true", "https://lea.example/blog").getRedirectedUrl())
                .isEqualTo("/espace-membre#profil");
        Document listed = directory();
        assertThat(listed.select(".directory-presentation").text())
                .isEqualTo("J’anime des communautés <b>locales</b> à Tours.");
        assertThat(listed.select(".directory-links a").attr("href")).isEqualTo("https://lea.example/blog");
        assertThat(listed.select(".directory-links a").attr("rel")).contains("nofollow");
        assertThat(page("/espace-membre", session).select("#profile-consent").text())
                .endsWith("(espace membre).");
    }

    @Test
    void knownAndUnknownAddressesRunTheSameStatementsButTheMail(
            @Autowired SignInLinks links, @Autowired SqlStatementCounter statements) throws Exception {
        memberWhoPaid("Léa", "lea@espace.example");

        statements.reset();
        links.request("lea@espace.example", "client-a");
        int known = statements.countOnThisThread();
        statements.reset();
        links.request("lea@espace.example", "client-b");
        int knownOverTheLimit = statements.countOnThisThread();
        statements.reset();
        links.request("personne@espace.example", "client-c");
        int unknown = statements.countOnThisThread();

        assertThat(unknown)
                .as("an unknown address does the same work as one mailed too recently")
                .isEqualTo(knownOverTheLimit)
                .isGreaterThan(3);
        assertThat(known).as("and a known one only adds the outbox's insert").isEqualTo(unknown + 1);
    }
}
