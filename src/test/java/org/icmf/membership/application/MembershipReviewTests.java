package org.icmf.membership.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.icmf.membership.MembershipFixtures;
import org.icmf.regions.Region;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.AsyncEvents;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The treasurer reviews applications at /admin/adhesions: accept with a member number, reject, ask; members list. */
@SiteTest
class MembershipReviewTests {

    private static final BoardUser TREASURER = new BoardUser(
            6161, "tresorerie@icmf.example", "Trésorerie ICMF", "{noop}unused", true, EnumSet.of(Role.TREASURER));
    private static final BoardUser EDITOR =
            new BoardUser(6162, "redaction@icmf.example", "Rédaction", "{noop}unused", true, EnumSet.of(Role.EDITOR));

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
        jdbc.sql("delete from mail_outbox where recipient like '%@revue.example'")
                .update();
        jdbc.sql("delete from membership_member where email like '%@revue.example'")
                .update();
        jdbc.sql("delete from membership_application where email like '%@revue.example'")
                .update();
    }

    /** An application whose e-mail is confirmed, waiting for the board; returns its id. */
    private long confirmedApplication(
            String firstName, String email, Region region, boolean regional, Set<VolunteerRole> roles) {
        return MembershipFixtures.confirmedApplication(
                applications,
                jdbc,
                new Applicant(
                        "MME",
                        firstName,
                        "Durand",
                        email,
                        "+33612345678",
                        "1 rue Nationale",
                        "37000",
                        "Tours",
                        "France",
                        region,
                        "Agence",
                        "Web",
                        "Community manager",
                        4,
                        "Un ami",
                        "Partager",
                        regional,
                        roles,
                        new BigDecimal("30"),
                        false));
    }

    private String status(long id) {
        return jdbc.sql("select status from membership_application where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private List<String> subjectsTo(String email) {
        return jdbc.sql("select subject from mail_outbox where recipient = :email order by id")
                .param("email", email)
                .query(String.class)
                .list();
    }

    private Document admin(String url, BoardUser who) throws Exception {
        return Jsoup.parse(
                mvc.perform(get(url).with(user(who))).andReturn().getResponse().getContentAsString());
    }

    @Test
    void acceptingMakesAMemberWithANumberTellsThemAndIsLogged() throws Exception {
        long id = confirmedApplication("Alix", "alix@revue.example", Region.BRETAGNE, false, Set.of());

        MvcResult accepted = mvc.perform(post("/admin/adhesions/" + id + "/accepter")
                        .with(user(TREASURER))
                        .with(csrf()))
                .andReturn();

        assertThat(accepted.getFlashMap().get("flash")).isEqualTo("membership.accepted");
        assertThat(status(id)).isEqualTo("ACCEPTED");
        String number = jdbc.sql("select member_number from membership_member where email = 'alix@revue.example'")
                .query(String.class)
                .single();
        assertThat(number).matches("\\d{4}-\\d{4}");
        assertThat(subjectsTo("alix@revue.example")).endsWith("Bienvenue à l'ICMF : votre adhésion est acceptée");
        assertThat(jdbc.sql(
                                "select body_text from mail_outbox where recipient = 'alix@revue.example' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .contains("Votre numéro de membre : " + number);
        assertThat(admin("/admin/membres?q=alix", TREASURER).select("tbody tr").text())
                .contains(number, "Alix Durand", "Bretagne");
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("select action || ' by ' || actor_name from audit_entry where subject_type = 'application' "
                                + "and subject_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("accepted by Trésorerie ICMF");

        MvcResult twice = mvc.perform(post("/admin/adhesions/" + id + "/accepter")
                        .with(user(TREASURER))
                        .with(csrf()))
                .andReturn();
        assertThat(twice.getFlashMap().get("flash")).isEqualTo("membership.decision.notAwaiting");
        assertThat(jdbc.sql("select count(*) from membership_member where email = 'alix@revue.example'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void rejectingNeedsAReasonWhichIsEmailedPolitely() throws Exception {
        long id = confirmedApplication("Bao", "bao@revue.example", Region.OCCITANIE, false, Set.of());

        Document empty = Jsoup.parse(mvc.perform(post("/admin/adhesions/" + id + "/refuser")
                        .with(user(TREASURER))
                        .with(csrf())
                        .param("message", " "))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(empty.select("#reject-message-erreur").text())
                .isEqualTo("Écrivez le message qui sera envoyé à la personne.");
        assertThat(status(id)).isEqualTo("PENDING");

        mvc.perform(post("/admin/adhesions/" + id + "/refuser")
                .with(user(TREASURER))
                .with(csrf())
                .param("message", "L'association réunit des professionnels du métier."));

        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(jdbc.sql(
                                "select body_text from mail_outbox where recipient = 'bao@revue.example' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .contains("Merci de l'intérêt", "L'association réunit des professionnels du métier.");
    }

    @Test
    void askingForInformationKeepsTheApplicationOpenForADecision() throws Exception {
        long id = confirmedApplication("Chloé", "chloe@revue.example", Region.GRAND_EST, false, Set.of());

        mvc.perform(post("/admin/adhesions/" + id + "/demander")
                .with(user(TREASURER))
                .with(csrf())
                .param("message", "Dans quelle entreprise exercez-vous ?"));

        assertThat(status(id)).isEqualTo("INFO_REQUESTED");
        assertThat(subjectsTo("chloe@revue.example"))
                .endsWith("Votre demande d'adhésion à l'ICMF : une question du bureau");
        mvc.perform(post("/admin/adhesions/" + id + "/accepter")
                .with(user(TREASURER))
                .with(csrf()));
        assertThat(status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void anUnconfirmedApplicationCannotBeDecidedAndAForgedIdIsNotFound() throws Exception {
        applications.apply(MembershipFixtures.applicantInTours("Dan", "Petit", "dan@revue.example"));
        long id = jdbc.sql("select id from membership_application where email = 'dan@revue.example'")
                .query(Long.class)
                .single();

        MvcResult refused = mvc.perform(post("/admin/adhesions/" + id + "/accepter")
                        .with(user(TREASURER))
                        .with(csrf()))
                .andReturn();

        assertThat(refused.getFlashMap().get("flash")).isEqualTo("membership.decision.notAwaiting");
        assertThat(status(id)).isEqualTo("UNCONFIRMED");
        assertThat(admin("/admin/adhesions/" + id, TREASURER).select("form[action$=accepter]"))
                .isEmpty();
        assertThat(mvc.perform(get("/admin/adhesions/999999").with(user(TREASURER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/admin/adhesions/999999/accepter")
                                .with(user(TREASURER))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void filtersApplicationsByStatusRegionVolunteeringAndSearch() throws Exception {
        confirmedApplication("Élise", "elise@revue.example", Region.LA_REUNION, true, Set.of());
        confirmedApplication(
                "Fanny", "fanny@revue.example", Region.BRETAGNE, false, Set.of(VolunteerRole.EDITORIALIST));
        confirmedApplication("Gaël", "gael@revue.example", Region.BRETAGNE, false, Set.of());

        assertThat(admin("/admin/adhesions?region=BRETAGNE&q=revue.example", TREASURER)
                        .select("tbody tr td:eq(1) a")
                        .eachText())
                .containsExactlyInAnyOrder("Fanny Durand", "Gaël Durand");
        assertThat(admin("/admin/adhesions?role=REGIONAL&q=revue.example", TREASURER)
                        .select("tbody tr td:eq(1) a")
                        .eachText())
                .containsExactly("Élise Durand");
        assertThat(admin("/admin/adhesions?role=EDITORIALIST&q=revue.example", TREASURER)
                        .select("tbody tr td:eq(1) a")
                        .eachText())
                .containsExactly("Fanny Durand");
        assertThat(admin("/admin/adhesions?statut=REJECTED&q=revue.example", TREASURER)
                        .select("tbody tr"))
                .isEmpty();
        assertThat(admin("/admin/adhesions?q=gael@revue&region=INCONNUE&annee=20x6", TREASURER)
                        .select("tbody tr td:eq(1) a")
                        .eachText())
                .as("unknown choices are ignored")
                .containsExactly("Gaël Durand");
    }

    private Document searched(String url, String typed) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).param("q", typed).with(user(TREASURER)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void percentAndUnderscoreTypedInASearchAreLettersNotWildcards() throws Exception {
        long iris = confirmedApplication("Iris", "i_r@revue.example", Region.BRETAGNE, false, Set.of());
        long ines = confirmedApplication("Inès", "ixr@revue.example", Region.BRETAGNE, false, Set.of());
        long pia = confirmedApplication("Pia", "p%c@revue.example", Region.BRETAGNE, false, Set.of());
        long paul = confirmedApplication("Paul", "pxc@revue.example", Region.BRETAGNE, false, Set.of());

        assertThat(admin("/admin/adhesions?q=i_r@", TREASURER)
                        .select("tbody tr td:eq(1) a")
                        .eachText())
                .containsExactly("Iris Durand");
        assertThat(searched("/admin/adhesions", "%")
                        .select("tbody tr td:eq(1) a")
                        .eachText())
                .containsExactly("Pia Durand");

        for (long id : List.of(iris, ines, pia, paul)) {
            review.accept(id, new Actor(6161L, "Trésorerie ICMF"));
        }
        assertThat(admin("/admin/membres?q=i_r@", TREASURER).select("tbody tr").eachText())
                .singleElement()
                .asString()
                .contains("Iris Durand");
        assertThat(searched("/admin/membres", "%").select("tbody tr").eachText())
                .singleElement()
                .asString()
                .contains("Pia Durand");
        jdbc.sql("update membership_member set last_name = 'Du\\rand' where email = 'pxc@revue.example'")
                .update();
        assertThat(searched("/admin/membres", "\\").select("tbody tr").eachText())
                .as("a backslash is a letter too")
                .singleElement()
                .asString()
                .contains("Paul Du\\rand");
    }

    @Test
    void anEditorCannotSeeApplicationsOrMembers() throws Exception {
        assertThat(mvc.perform(get("/admin/adhesions").with(user(EDITOR)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/membres").with(user(EDITOR)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void membersAcceptedAtTheSameTimeGetDistinctNumbers() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(confirmedApplication(
                    "Parallèle" + i, "parallele" + i + "@revue.example", Region.CORSE, false, Set.of()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> numbers = new ArrayList<>();
        for (long id : ids) {
            numbers.add(pool.submit(() -> review.accept(id, new Actor(6161L, "Trésorerie ICMF"))));
        }
        List<String> assigned = new ArrayList<>();
        for (Future<String> number : numbers) {
            assigned.add(number.get());
        }
        pool.shutdown();

        assertThat(assigned).doesNotHaveDuplicates().hasSize(8);
    }
}
