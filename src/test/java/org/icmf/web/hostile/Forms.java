package org.icmf.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.SoftAssertions;
import org.icmf.members.MemberFixtures;
import org.icmf.membership.MembershipFixtures;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
import org.icmf.security.BoardAccounts;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.FormStamps;
import org.icmf.web.Actor;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form of the site, public and admin, with the values a person would send when all goes well: the corpus
 * the hostile and slow input tests change one field at a time. Each entry names the handler mapping it covers (so
 * that a new form without an entry fails {@link #covering}), the tables it writes (compared before and after a
 * refused request), and which fields hold numbers or a web address (given values of their shape).
 *
 * <p>To adjust a form's happy path (new fields, new rules), change its {@code fields} map below.
 */
final class Forms {

    /** Where the test data ends: every address typed by these tests is at this domain. */
    static final String DOMAIN = "@hostile.example";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static BoardUser administrator;
    /** The session the members' space forms are sent with, once {@link #signInMember} made one. */
    private static Cookie memberSession;
    /** The members' space's forms that a visitor sends, without a session. */
    private static final Set<String> MEMBER_SIGN_IN = Set.of("/espace-membre/lien", "/espace-membre/connexion/{token}");

    private static final String TOKEN = "A".repeat(43);
    private static final String MISSING = "999999999";

    /** The tables whose new rows the tests delete at the end (children go with their parents, on delete cascade). */
    static final List<String> CREATED = List.of(
            "comment",
            "contact_message",
            "membership_member",
            "membership_application",
            "event",
            "blog_post",
            "blog_label",
            "site_page",
            "board_account",
            "media_image",
            "mail_outbox",
            "newsletter_subscriber",
            "newsletter_issue",
            "job_offer",
            "award_edition");

    record Form(
            String pattern,
            String path,
            boolean admin,
            boolean multipart,
            Map<String, String> happy,
            List<String> tables,
            Set<String> numbers,
            Set<String> websites) {

        /** The forms whose page answers 200, not a redirect, once they have done what was asked. */
        private static final Set<String> OK_WHEN_ACCEPTED = Set.of(
                "/mes-donnees",
                "/espace-membre/lien",
                "/espace-membre/connexion/{token}",
                "/evenements/confirmation/{token}",
                "/evenements/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}/renvoyer",
                "/adherer/rappels/{token}",
                "/mes-donnees/{token}/choix",
                "/mes-donnees/{token}/effacer",
                "/commentaires/desabonnement/{token}",
                "/lettre",
                "/lettre/confirmation/{token}",
                "/lettre/desabonnement/{token}");

        boolean answersOkWhenAccepted() {
            return OK_WHEN_ACCEPTED.contains(pattern);
        }

        /** The request with {@code changed} fields replacing (or, when null, removing) the happy ones. */
        AbstractMockHttpServletRequestBuilder<?> request(Map<String, List<String>> changed) {
            Map<String, String> fields = new LinkedHashMap<>(happy);
            int n = SEQUENCE.incrementAndGet();
            fields.replaceAll((name, value) -> value.replace("{n}", Integer.toString(n)));
            AbstractMockHttpServletRequestBuilder<?> request = multipart
                    ? MockMvcRequestBuilders.multipart(path).file("file", new byte[0])
                    : post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
            request.with(csrf()).with(sent -> {
                sent.setRemoteAddr("203.0.113." + (n % 250 + 1));
                return sent;
            });
            if (admin) {
                request.with(user(administrator));
            }
            if (memberSession != null && path.startsWith("/espace-membre/") && !MEMBER_SIGN_IN.contains(pattern)) {
                request.cookie(memberSession);
            }
            fields.forEach((name, value) -> {
                if (!changed.containsKey(name)) {
                    request.param(name, value);
                }
            });
            changed.forEach((name, values) -> {
                if (values != null) {
                    request.param(name, values.toArray(String[]::new));
                }
            });
            return request;
        }

        @Override
        public String toString() {
            return "POST " + path;
        }
    }

    private Forms() {}

    /**
     * Creates the administrator who sends the admin forms from now on: a real account, as the password form needs one
     * (deleted with what the tests created).
     */
    static BoardUser signInAdministrator(BoardAccounts accounts) {
        administrator = accounts.create(
                "administrateur-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + DOMAIN,
                "Administrateur d'essai",
                "une phrase de passe longue",
                EnumSet.of(Role.ADMIN),
                new Actor(5150L, "Essais"));
        return administrator;
    }

    /**
     * Signs in the member whose session the members' space forms are sent with from now on (without one, they are
     * only refused): a real member, signed in by a link written as their mail would carry it.
     */
    static void signInMember(MockMvc mvc, JdbcClient jdbc, MembershipApplications applications, MembershipReview review)
            throws Exception {
        String email = "membre-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + DOMAIN;
        review.accept(
                MembershipFixtures.confirmedApplication(
                        applications, jdbc, MembershipFixtures.applicantInTours("Membre", "Hostile", email)),
                new Actor(5150L, "Essais"));
        memberSession = mvc.perform(post(MemberFixtures.signInLink(jdbc, email)).with(csrf()))
                .andReturn()
                .getResponse()
                .getCookie("ICMF_MEMBRE");
        assertThat(memberSession).as("the member's session cookie").isNotNull();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/espace-membre").cookie(memberSession))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the members' space, signed in")
                .contains("Mes coordonnées");
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static Form open(
            String pattern, String path, Map<String, String> happy, List<String> tables, String... numbers) {
        return new Form(pattern, path, false, false, happy, tables, Set.of(numbers), Set.of());
    }

    private static Form admin(
            String pattern, String path, Map<String, String> happy, List<String> tables, String... numbers) {
        return new Form(pattern, path, true, false, happy, tables, Set.of(numbers), Set.of());
    }

    /** Every form, its path made of ids that exist where the form must get past its lookup to show its errors. */
    static List<Form> all(JdbcClient jdbc, long eventId, String eventSlug) {
        long metier = jdbc.sql("select id from site_page where slug = 'le-metier'")
                .query(Long.class)
                .single();
        String stamp = FormStamps.shownSecondsAgo(60);
        Map<String, String> post = fields(
                "title",
                "Essai hostile {n}",
                "slug",
                "",
                "body",
                "Un **texte**.",
                "authorName",
                "Bureau",
                "sourceLabel",
                "",
                "sourceUrl",
                "https://www.example.org/source",
                "coverImage",
                "",
                "labels",
                "essai",
                "status",
                "DRAFT",
                "publishAt",
                "",
                "action",
                "enregistrer");
        Map<String, String> page = fields(
                "title",
                "Essai hostile {n}",
                "slug",
                "essai-hostile-{n}",
                "navTitle",
                "",
                "navOrder",
                "",
                "description",
                "Une page d'essai.",
                "body",
                "Un **texte**.",
                "action",
                "enregistrer");
        Map<String, String> event = fields(
                "title",
                "Essai hostile {n}",
                "slug",
                "",
                "category",
                "CAFE",
                "description",
                "Venez.",
                "startsAt",
                "2099-04-15T18:00",
                "endsAt",
                "",
                "venueName",
                "Café",
                "streetAddress",
                "1 rue des Essais",
                "postalCode",
                "37000",
                "city",
                "Tours",
                "country",
                "France",
                "accessNotes",
                "",
                "onlineUrl",
                "",
                "organiser",
                "Bureau",
                "price",
                "gratuit",
                "capacity",
                "10",
                "maxCompanions",
                "2",
                "registrationDeadline",
                "");
        Map<String, String> registration = fields(
                "firstName",
                "Camille",
                "lastName",
                "Martin",
                "email",
                "inscrit-{n}" + DOMAIN,
                "organisation",
                "",
                "companions",
                "0",
                "consent",
                "true",
                "website",
                "",
                "stamp",
                stamp);
        Map<String, String> account = fields(
                "email",
                "compte-{n}" + DOMAIN,
                "displayName",
                "Compte d'essai",
                "password",
                "une phrase de passe longue",
                "roles",
                "EDITOR",
                "active",
                "true");
        Map<String, String> offer = fields(
                "title",
                "Community manager {n}",
                "organisation",
                "Ville d'essai",
                "kind",
                "CDI",
                "region",
                "CENTRE_VAL_DE_LOIRE",
                "remote",
                "false",
                "description",
                "Animer nos **réseaux**.",
                "salaryMin",
                "30000",
                "salaryMax",
                "35000",
                "deadline",
                java.time.LocalDate.now().plusDays(30).toString(),
                "applyTo",
                "https://www.example.org/offre",
                "stamp",
                stamp,
                "website",
                "");
        List<Form> forms = new ArrayList<>(List.of(
                open(
                        "/contact",
                        "/contact",
                        fields(
                                "name",
                                "Camille Martin",
                                "email",
                                "contact-{n}" + DOMAIN,
                                "organisation",
                                "",
                                "topic",
                                "PRESS",
                                "message",
                                "Bonjour, une question.",
                                "consent",
                                "true",
                                "stamp",
                                stamp,
                                "website",
                                ""),
                        List.of("contact_message", "mail_outbox")),
                open(
                        "/adherer",
                        "/adherer",
                        fields(
                                "civility",
                                "MME",
                                "firstName",
                                "Camille",
                                "lastName",
                                "Martin",
                                "email",
                                "adherent-{n}" + DOMAIN,
                                "phone",
                                "02 47 00 00 00",
                                "streetAddress",
                                "1 rue des Essais",
                                "postalCode",
                                "37000",
                                "city",
                                "Tours",
                                "country",
                                "France",
                                "region",
                                "CENTRE_VAL_DE_LOIRE",
                                "organisation",
                                "",
                                "sector",
                                "",
                                "jobTitle",
                                "",
                                "yearsOfPractice",
                                "3",
                                "heardFrom",
                                "",
                                "motivation",
                                "",
                                "volunteerRegional",
                                "false",
                                "volunteerRoles",
                                "EDITORIALIST",
                                "feeAmount",
                                "30",
                                "consentStatutes",
                                "true",
                                "consentData",
                                "true",
                                "directoryOptIn",
                                "false",
                                "website",
                                "",
                                "stamp",
                                stamp),
                        List.of("membership_application", "mail_outbox"),
                        "yearsOfPractice",
                        "feeAmount"),
                open(
                        "/adherer/confirmation/{token}",
                        "/adherer/confirmation/" + TOKEN,
                        fields(),
                        List.of("membership_application", "mail_outbox")),
                open("/adherer/rappels/{token}", "/adherer/rappels/" + TOKEN, fields(), List.of("membership_member")),
                open(
                        "/mes-donnees",
                        "/mes-donnees",
                        fields("email", "donnees-{n}" + DOMAIN, "stamp", stamp, "website", ""),
                        List.of("personal_data_request", "mail_outbox")),
                open(
                        "/mes-donnees/{token}/choix",
                        "/mes-donnees/" + TOKEN + "/choix",
                        fields("directory", "true", "reminders", "false"),
                        List.of("membership_member")),
                open(
                        "/mes-donnees/{token}/effacer",
                        "/mes-donnees/" + TOKEN + "/effacer",
                        fields("confirm", "oui"),
                        List.of("membership_member", "membership_application")),
                open(
                        "/espace-membre/lien",
                        "/espace-membre/lien",
                        fields("email", "membre-{n}" + DOMAIN, "stamp", stamp, "website", ""),
                        List.of("members_sign_in_link", "mail_outbox")),
                open(
                        "/espace-membre/connexion/{token}",
                        "/espace-membre/connexion/" + TOKEN,
                        fields(),
                        List.of("members_sign_in_link", "security_session")),
                // Sent with a member's session when signInMember made one, refused before anything is read without.
                open(
                        "/espace-membre/coordonnees",
                        "/espace-membre/coordonnees",
                        fields(
                                "streetAddress",
                                "1 rue",
                                "postalCode",
                                "37000",
                                "city",
                                "Tours",
                                "country",
                                "France",
                                "region",
                                "CENTRE_VAL_DE_LOIRE",
                                "phone",
                                ""),
                        List.of("membership_member")),
                open(
                        "/espace-membre/profil",
                        "/espace-membre/profil",
                        fields(
                                "visible",
                                "true",
                                "jobTitle",
                                "Community manager",
                                "presentation",
                                "Bonjour.",
                                "link1",
                                "https://www.example.org",
                                "link2",
                                "",
                                "link3",
                                ""),
                        List.of("membership_member")),
                open(
                        "/espace-membre/choix",
                        "/espace-membre/choix",
                        fields("directory", "true", "reminders", "false", "choix", "lettre"),
                        List.of("membership_member")),
                open(
                        "/espace-membre/inscriptions/{id:\\d{1,18}}/annuler",
                        "/espace-membre/inscriptions/" + MISSING + "/annuler",
                        fields(),
                        List.of("event_registration")),
                open(
                        "/espace-membre/mes-donnees",
                        "/espace-membre/mes-donnees",
                        fields(),
                        List.of("personal_data_request")),
                open(
                        "/espace-membre/astuces",
                        "/espace-membre/astuces",
                        fields(
                                "title",
                                "Une astuce",
                                "label",
                                "1",
                                "body",
                                "Un **texte**.",
                                "stamp",
                                stamp,
                                "website",
                                ""),
                        List.of("tips_tip"),
                        "label"),
                open(
                        "/espace-membre/astuces/{id:\\d{1,18}}/utile",
                        "/espace-membre/astuces/" + MISSING + "/utile",
                        fields(),
                        List.of("tips_useful")),
                open(
                        "/astuces/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}/signaler",
                        "/astuces/astuce-inexistante/signaler",
                        fields("stamp", stamp, "website", ""),
                        List.of("tips_flag", "tips_tip")),
                open(
                        "/espace-membre/deconnexion-partout",
                        "/espace-membre/deconnexion-partout",
                        fields(),
                        List.of("security_session")),
                open(
                        "/evenements/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}",
                        "/evenements/" + eventSlug,
                        registration,
                        List.of("event_registration", "mail_outbox"),
                        "companions"),
                open(
                        "/evenements/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}/renvoyer",
                        "/evenements/" + eventSlug + "/renvoyer",
                        fields("email", "inscrit-1" + DOMAIN, "stamp", stamp, "website", ""),
                        List.of("event_registration", "mail_outbox")),
                open(
                        "/evenements/confirmation/{token}",
                        "/evenements/confirmation/" + TOKEN,
                        fields(),
                        List.of("event_registration", "mail_outbox")),
                open(
                        "/evenements/inscription/{token}/annuler",
                        "/evenements/inscription/" + TOKEN + "/annuler",
                        fields(),
                        List.of("event_registration")),
                new Form(
                        "/commentaires/{kind:[a-z]+}/{id:\\d{1,18}}",
                        "/commentaires/page/" + metier,
                        false,
                        false,
                        fields(
                                "name",
                                "Camille",
                                "email",
                                "commentaire-{n}" + DOMAIN,
                                "website",
                                "www.example.org",
                                "text",
                                "Merci pour cet article.",
                                "consent",
                                "true",
                                "notifyReplies",
                                "false",
                                "replyTo",
                                "",
                                "stamp",
                                stamp,
                                "homepage",
                                ""),
                        List.of("comment", "mail_outbox"),
                        Set.of("replyTo"),
                        Set.of("website")),
                open(
                        "/commentaires/desabonnement/{token}",
                        "/commentaires/desabonnement/" + TOKEN,
                        fields(),
                        List.of("comment")),
                open(
                        "/lettre",
                        "/lettre",
                        fields("email", "lettre-{n}" + DOMAIN, "stamp", stamp, "website", ""),
                        List.of("newsletter_subscriber", "mail_outbox")),
                open(
                        "/lettre/confirmation/{token}",
                        "/lettre/confirmation/" + TOKEN,
                        fields(),
                        List.of("newsletter_subscriber")),
                open(
                        "/lettre/desabonnement/{token}",
                        "/lettre/desabonnement/" + TOKEN,
                        fields("List-Unsubscribe", "One-Click"),
                        List.of("newsletter_subscriber")),
                open(
                        "/emplois/proposer",
                        "/emplois/proposer",
                        with(with(offer, "email", "recruteur-{n}" + DOMAIN), "consent", "true"),
                        List.of("job_offer", "mail_outbox"),
                        "salaryMin",
                        "salaryMax"),
                open("/emplois/confirmation/{token}", "/emplois/confirmation/" + TOKEN, fields(), List.of("job_offer")),
                open("/emplois/cloture/{token}", "/emplois/cloture/" + TOKEN, fields(), List.of("job_offer")),
                // Sent without a member's session: refused before anything is read (JobBoardTests sends them signed
                // in).
                open("/espace-membre/emplois", "/espace-membre/emplois", offer, List.of("job_offer"), "salaryMin"),
                open(
                        "/espace-membre/emplois/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}/enregistrer",
                        "/espace-membre/emplois/x/enregistrer",
                        fields(),
                        List.of("job_saved_offer")),
                open(
                        "/espace-membre/emplois/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}/retirer",
                        "/espace-membre/emplois/x/retirer",
                        fields(),
                        List.of("job_saved_offer")),
                open(
                        "/espace-membre/emplois/proposees/{id:\\d{1,18}}/retirer",
                        "/espace-membre/emplois/proposees/" + MISSING + "/retirer",
                        fields(),
                        List.of("job_offer")),
                admin("/admin/emplois/{id}", "/admin/emplois/" + MISSING, offer, List.of("job_offer"), "salaryMin"),
                admin(
                        "/admin/emplois/{id}/approuver",
                        "/admin/emplois/" + MISSING + "/approuver",
                        fields(),
                        List.of("job_offer", "mail_outbox")),
                admin(
                        "/admin/emplois/{id}/refuser",
                        "/admin/emplois/" + MISSING + "/refuser",
                        fields("reason", "Hors sujet."),
                        List.of("job_offer", "mail_outbox")),
                admin(
                        "/admin/emplois/{id}/clore",
                        "/admin/emplois/" + MISSING + "/clore",
                        fields(),
                        List.of("job_offer")),
                // No edition holds the category 999999999: the fields are checked, then the vote or nomination is
                // refused as unknown (AwardsTests sends them in an open edition).
                open(
                        "/espace-membre/trophees/nominations",
                        "/espace-membre/trophees/nominations",
                        fields("category", MISSING, "nominee", "Camille {n}", "justification", "Pour son **travail**."),
                        List.of("award_nomination"),
                        "category"),
                open(
                        "/espace-membre/trophees/votes",
                        "/espace-membre/trophees/votes",
                        fields("category", MISSING, "finalist", MISSING),
                        List.of("award_ballot", "award_voter"),
                        "category",
                        "finalist"),
                admin(
                        "/admin/trophees",
                        "/admin/trophees",
                        fields(
                                "year",
                                "2098",
                                "categories",
                                "Community manager de l'année\nJeune talent",
                                "nominationsOpen",
                                "2098-01-10",
                                "nominationsClose",
                                "2098-02-10",
                                "voteOpen",
                                "2098-03-01",
                                "voteClose",
                                "2098-03-15",
                                "resultsOn",
                                "2098-04-01"),
                        List.of("award_edition", "award_category"),
                        "year"),
                admin(
                        "/admin/trophees/{year:[0-9]{4}}",
                        "/admin/trophees/1999",
                        fields("year", "1999", "categories", "Jeune talent", "nominationsOpen", "1999-01-10"),
                        List.of("award_edition", "award_category"),
                        "year"),
                admin(
                        "/admin/trophees/{year:[0-9]{4}}/preselection",
                        "/admin/trophees/1999/preselection",
                        fields("category", MISSING, "nominee", "Camille"),
                        List.of("award_finalist"),
                        "category"),
                admin(
                        "/admin/trophees/{year:[0-9]{4}}/preselection/{finalist:[0-9]{1,18}}/retirer",
                        "/admin/trophees/1999/preselection/" + MISSING + "/retirer",
                        fields(),
                        List.of("award_finalist")),
                admin(
                        "/admin/trophees/{year:[0-9]{4}}/resultats",
                        "/admin/trophees/1999/resultats", fields(), List.of("award_edition", "blog_post")),
                admin(
                        "/admin/lettres/nouvelle",
                        "/admin/lettres/nouvelle",
                        fields("title", "Lettre hostile {n}", "introduction", "Bonjour **à tous**."),
                        List.of("newsletter_issue", "newsletter_issue_item")),
                admin(
                        "/admin/lettres/{id}",
                        "/admin/lettres/" + MISSING,
                        fields("title", "Lettre hostile {n}", "introduction", "Bonjour."),
                        List.of("newsletter_issue", "newsletter_issue_item")),
                admin(
                        "/admin/lettres/{id}/essai",
                        "/admin/lettres/" + MISSING + "/essai",
                        fields(),
                        List.of("mail_outbox")),
                admin(
                        "/admin/lettres/{id}/envoyer",
                        "/admin/lettres/" + MISSING + "/envoyer",
                        fields("confirm", "oui"),
                        List.of("newsletter_issue", "newsletter_delivery")),
                admin("/admin/articles/nouveau", "/admin/articles/nouveau", post, List.of("blog_post")),
                admin(
                        "/admin/articles/apercu",
                        "/admin/articles/apercu",
                        fields("body", "Un **texte**."),
                        List.of("blog_post")),
                admin(
                        "/admin/articles/{id}",
                        "/admin/articles/" + MISSING,
                        with(post, "version", "0"),
                        List.of("blog_post"),
                        "version"),
                admin(
                        "/admin/articles/{id}/supprimer",
                        "/admin/articles/" + MISSING + "/supprimer",
                        fields(),
                        List.of("blog_post")),
                admin(
                        "/admin/articles/{id}/restaurer",
                        "/admin/articles/" + MISSING + "/restaurer",
                        fields(),
                        List.of("blog_post")),
                admin(
                        "/admin/articles/{id}/revisions/{revisionId}/restaurer",
                        "/admin/articles/" + MISSING + "/revisions/" + MISSING + "/restaurer",
                        fields(),
                        List.of("blog_post")),
                admin(
                        "/admin/articles/{id}/brouillon-auto",
                        "/admin/articles/" + MISSING + "/brouillon-auto",
                        with(post, "version", "0"),
                        List.of("blog_post", "blog_post_revision"),
                        "version"),
                admin(
                        "/admin/articles/{id}/brouillon-auto/ignorer",
                        "/admin/articles/" + MISSING + "/brouillon-auto/ignorer",
                        fields(),
                        List.of("blog_post_revision")),
                admin("/admin/pages/nouvelle", "/admin/pages/nouvelle", page, List.of("site_page")),
                admin(
                        "/admin/pages/apercu",
                        "/admin/pages/apercu",
                        fields("body", "Un **texte**."),
                        List.of("site_page")),
                admin(
                        "/admin/pages/{id}",
                        "/admin/pages/" + MISSING,
                        with(page, "version", "0"),
                        List.of("site_page"),
                        "version"),
                admin(
                        "/admin/pages/{id}/supprimer",
                        "/admin/pages/" + MISSING + "/supprimer",
                        fields(),
                        List.of("site_page")),
                admin(
                        "/admin/pages/{id}/restaurer",
                        "/admin/pages/" + MISSING + "/restaurer",
                        fields(),
                        List.of("site_page")),
                admin(
                        "/admin/pages/{id}/revisions/{revisionId}/restaurer",
                        "/admin/pages/" + MISSING + "/revisions/" + MISSING + "/restaurer",
                        fields(),
                        List.of("site_page")),
                admin(
                        "/admin/pages/{id}/brouillon-auto",
                        "/admin/pages/" + MISSING + "/brouillon-auto",
                        with(page, "version", "0"),
                        List.of("site_page", "site_page_revision"),
                        "version"),
                admin(
                        "/admin/pages/{id}/brouillon-auto/ignorer",
                        "/admin/pages/" + MISSING + "/brouillon-auto/ignorer",
                        fields(),
                        List.of("site_page_revision")),
                new Form(
                        "/admin/medias",
                        "/admin/medias",
                        true,
                        true,
                        fields("altText", "Un logo"),
                        List.of("media_image"),
                        Set.of(),
                        Set.of()),
                new Form(
                        "/admin/medias/televersement",
                        "/admin/medias/televersement",
                        true,
                        true,
                        fields("altText", "Un logo"),
                        List.of("media_image"),
                        Set.of(),
                        Set.of()),
                admin(
                        "/admin/medias/{id}",
                        "/admin/medias/" + MISSING,
                        fields("altText", "Un logo"),
                        List.of("media_image")),
                admin(
                        "/admin/medias/{id}/supprimer",
                        "/admin/medias/" + MISSING + "/supprimer",
                        fields(),
                        List.of("media_image")),
                admin(
                        "/admin/evenements/nouveau",
                        "/admin/evenements/nouveau",
                        event,
                        List.of("event"),
                        "capacity",
                        "maxCompanions"),
                admin(
                        "/admin/evenements/{id}",
                        "/admin/evenements/" + MISSING,
                        with(event, "version", "0"),
                        List.of("event"),
                        "capacity",
                        "maxCompanions",
                        "version"),
                admin(
                        "/admin/evenements/{id}/annuler",
                        "/admin/evenements/" + MISSING + "/annuler",
                        fields("message", "Annulé."),
                        List.of("event")),
                admin(
                        "/admin/evenements/{id}/supprimer",
                        "/admin/evenements/" + MISSING + "/supprimer",
                        fields(),
                        List.of("event")),
                admin(
                        "/admin/evenements/{id}/inscriptions",
                        "/admin/evenements/" + eventId + "/inscriptions",
                        with(registration, "consent", "true"),
                        List.of("event_registration", "mail_outbox"),
                        "companions"),
                admin(
                        "/admin/evenements/{id}/inscriptions/{registrationId}/retirer",
                        "/admin/evenements/" + eventId + "/inscriptions/" + MISSING + "/retirer",
                        fields(),
                        List.of("event_registration")),
                admin(
                        "/admin/evenements/{id}/message",
                        "/admin/evenements/" + MISSING + "/message",
                        fields("subject", "Rappel", "text", "À bientôt."),
                        List.of("mail_outbox")),
                admin(
                        "/admin/messages/{id}/repondre",
                        "/admin/messages/" + MISSING + "/repondre",
                        fields("text", "Merci."),
                        List.of("contact_reply", "mail_outbox")),
                admin(
                        "/admin/messages/{id}/traite",
                        "/admin/messages/" + MISSING + "/traite",
                        fields(),
                        List.of("contact_message")),
                admin(
                        "/admin/messages/{id}/a-traiter",
                        "/admin/messages/" + MISSING + "/a-traiter",
                        fields(),
                        List.of("contact_message")),
                admin(
                        "/admin/messages/{id}/indesirable",
                        "/admin/messages/" + MISSING + "/indesirable",
                        fields(),
                        List.of("contact_message")),
                admin(
                        "/admin/messages/{id}/restaurer",
                        "/admin/messages/" + MISSING + "/restaurer",
                        fields(),
                        List.of("contact_message")),
                admin(
                        "/admin/messages/{id}/supprimer",
                        "/admin/messages/" + MISSING + "/supprimer",
                        fields(),
                        List.of("contact_message")),
                admin(
                        "/admin/commentaires/lot",
                        "/admin/commentaires/lot",
                        fields("ids", MISSING, "decision", "approuver", "dossier", "en-attente"),
                        List.of("comment"),
                        "ids"),
                admin(
                        "/admin/commentaires/{id:\\d+}/decision",
                        "/admin/commentaires/" + MISSING + "/decision",
                        fields("decision", "approuver"),
                        List.of("comment")),
                admin(
                        "/admin/commentaires/{id:\\d+}/texte",
                        "/admin/commentaires/" + MISSING + "/texte",
                        fields("text", "Texte corrigé."),
                        List.of("comment")),
                admin(
                        "/admin/commentaires/{id:\\d+}/reponse",
                        "/admin/commentaires/" + MISSING + "/reponse",
                        fields("text", "Merci."),
                        List.of("comment")),
                admin(
                        "/admin/commentaires/sujets/{kind:[a-z]+}/{id:\\d+}",
                        "/admin/commentaires/sujets/page/" + MISSING,
                        fields("ouvrir", "true", "retour", ""),
                        List.of("comment_subject"),
                        "retour"),
                admin(
                        "/admin/adhesions/{id}/accepter",
                        "/admin/adhesions/" + MISSING + "/accepter",
                        fields(),
                        List.of("membership_application", "membership_member")),
                admin(
                        "/admin/adhesions/{id}/refuser",
                        "/admin/adhesions/" + MISSING + "/refuser",
                        fields("message", "Dossier incomplet."),
                        List.of("membership_application")),
                admin(
                        "/admin/adhesions/{id}/demander",
                        "/admin/adhesions/" + MISSING + "/demander",
                        fields("message", "Quelle région ?"),
                        List.of("membership_application")),
                admin(
                        "/admin/astuces/{id:\\d{1,18}}",
                        "/admin/astuces/" + MISSING,
                        fields("title", "Une astuce", "label", "1", "body", "Un **texte**."),
                        List.of("tips_tip"),
                        "label"),
                admin(
                        "/admin/astuces/{id:\\d{1,18}}/approuver",
                        "/admin/astuces/" + MISSING + "/approuver",
                        fields(),
                        List.of("tips_tip")),
                admin(
                        "/admin/astuces/{id:\\d{1,18}}/refuser",
                        "/admin/astuces/" + MISSING + "/refuser",
                        fields(),
                        List.of("tips_tip", "mail_outbox")),
                admin(
                        "/admin/astuces/{id:\\d{1,18}}/retirer",
                        "/admin/astuces/" + MISSING + "/retirer",
                        fields(),
                        List.of("tips_tip")),
                admin(
                        "/admin/membres/representants",
                        "/admin/membres/representants",
                        fields("region", "BRETAGNE", "member", MISSING),
                        List.of("regions_representative"),
                        "member"),
                admin(
                        "/admin/cotisations",
                        "/admin/cotisations",
                        fields(
                                "memberNumbers",
                                "2099-9999",
                                "amountPerMember",
                                "30",
                                "chequeNumber",
                                "1234567",
                                "bank",
                                "Banque d'essai",
                                "receivedOn",
                                "2026-01-15",
                                "payerName",
                                "",
                                "year",
                                ""),
                        List.of("membership_payment", "membership_due"),
                        "amountPerMember",
                        "year"),
                admin(
                        "/admin/courriels/{id}/renvoyer",
                        "/admin/courriels/" + MISSING + "/renvoyer",
                        fields(),
                        List.of("mail_outbox")),
                admin(
                        "/admin/comptes/nouveau",
                        "/admin/comptes/nouveau",
                        account,
                        List.of("board_account", "board_account_role")),
                admin(
                        "/admin/comptes/{id}",
                        "/admin/comptes/" + MISSING,
                        account,
                        List.of("board_account", "board_account_role")),
                admin(
                        "/admin/mot-de-passe",
                        "/admin/mot-de-passe",
                        fields(
                                "currentPassword",
                                "pas le bon",
                                "newPassword",
                                "une autre phrase longue",
                                "confirmation",
                                "une autre phrase longue"),
                        List.of("board_account"))));
        return forms;
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return changed;
    }

    /** The POST mappings of the application; fails when one has no form in {@code forms}. */
    static List<Form> covering(RequestMappingHandlerMapping mappings, List<Form> forms) {
        Set<String> posted = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                posted.addAll(info.getPatternValues());
            }
        }
        Set<String> known = new TreeSet<>(forms.stream().map(Form::pattern).toList());
        assertThat(posted).as("POST mappings of the application").hasSizeGreaterThan(10);
        assertThat(known)
                .as("every form has an entry in the hostile corpus (Forms.all)")
                .containsAll(posted);
        return forms.stream().filter(form -> posted.contains(form.pattern())).toList();
    }

    /** The answer's status; an exception escaping MockMvc is what a visitor would get as a 500, and is reported so. */
    static int status(MockMvc mvc, RequestBuilder request, SoftAssertions softly, String what) {
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            softly.fail("server error on " + what + ": " + cause);
            return 500;
        }
    }

    /** A baseline of ids, to delete what the tests created. */
    static Map<String, Long> lastIds(JdbcClient jdbc) {
        Map<String, Long> last = new LinkedHashMap<>();
        for (String table : CREATED) {
            last.put(
                    table,
                    jdbc.sql("select coalesce(max(id), 0) from " + table)
                            .query(Long.class)
                            .single());
        }
        return last;
    }

    static void deleteCreatedSince(JdbcClient jdbc, Map<String, Long> last) {
        last.forEach((table, id) -> jdbc.sql("delete from " + table + " where id > :id")
                .param("id", id)
                .update());
        jdbc.sql("delete from mail_outbox where recipient like :domain")
                .param("domain", "%" + DOMAIN)
                .update();
        jdbc.sql("delete from personal_data_request where email like :domain")
                .param("domain", "%" + DOMAIN)
                .update();
        jdbc.sql("delete from members_sign_in_link where email like :domain")
                .param("domain", "%" + DOMAIN)
                .update();
        memberSession = null;
    }
}
