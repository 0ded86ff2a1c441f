package org.icmf.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.icmf.blog.PostEditor;
import org.icmf.members.MemberFixtures;
import org.icmf.membership.MemberSelfService;
import org.icmf.membership.MembershipFixtures;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
import org.icmf.membership.dues.Dues;
import org.icmf.membership.dues.PaymentForm;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.AsyncEvents;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The awards from every side: the board opens an edition and moves its dates through the phases; members nominate
 * once per category; the board shortlists; members vote once per category by secret ballot (no member in the ballot
 * table, "a voté" without the choice in the audit log); votes before the opening, after the deadline, twice or
 * without a member's session are refused and store nothing; the results published show on the edition's page and
 * as a blog post draft; Mes données shows that a member voted, never for whom, and erasure keeps the counts.
 */
@SiteTest
class AwardsTests {

    private static final String DOMAIN = "@trophees.example";
    private static final BoardUser ADMIN =
            new BoardUser(9494, "bureau" + DOMAIN, "Bureau ICMF", "{noop}unused", true, EnumSet.of(Role.ADMIN));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Awards awards;

    @Autowired
    AwardsPersonalData personalData;

    @Autowired
    PostEditor posts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    MembershipApplications applications;

    @Autowired
    MembershipReview review;

    @Autowired
    Dues dues;

    @Autowired
    MemberSelfService selfService;

    private static final Actor BOARD = new Actor(9494L, "Bureau ICMF");
    /** The site's day (icmf.time-zone), not the machine's: from 23:00 UTC in winter they differ. */
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    /** The edition's year is this year's, so that dates around today are within its bounds. */
    private final int year = today.getYear();

    @BeforeEach
    @AfterEach
    void removeTestData() {
        jdbc.sql("delete from award_edition where year = :year")
                .param("year", year)
                .update();
        jdbc.sql("delete from blog_post where title like 'Trophées de l’ICMF%'").update();
        MembershipFixtures.forgetAddressesOf(jdbc, DOMAIN);
        jdbc.sql("delete from membership_payment where bank = 'Banque des trophées'")
                .update();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    /** Dates as offsets in days from today: nominations open and close, vote opens and closes, results. */
    private MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, int... days) {
        String[] fields = {"nominationsOpen", "nominationsClose", "voteOpen", "voteClose", "resultsOn"};
        for (int i = 0; i < fields.length; i++) {
            request.param(fields[i], today.plusDays(days[i]).toString());
        }
        return request.with(csrf()).with(user(ADMIN));
    }

    private static final int[] NOMINATIONS = {-5, 5, 10, 20, 30};
    private static final int[] SHORTLIST = {-10, -1, 1, 10, 20};
    private static final int[] VOTE = {-20, -10, -1, 5, 10};
    private static final int[] COUNTING = {-30, -20, -10, -1, 5};

    private void open(int... days) throws Exception {
        MockHttpServletResponse response = send(dated(
                post("/admin/trophees")
                        .param("year", Integer.toString(year))
                        .param("categories", "Community manager de l’année\r\nInitiative solidaire\r\nJeune talent"),
                days));
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/trophees/" + year);
    }

    private void move(int... days) throws Exception {
        Edition edition = edition();
        MockHttpServletResponse response = send(dated(
                post("/admin/trophees/" + year)
                        .param("year", Integer.toString(year))
                        .param("categories", edition.form().categories()),
                days));
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/trophees/" + year);
    }

    private Edition edition() {
        return awards.edition(year).orElseThrow();
    }

    private long category(String name) {
        return edition().categories().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long finalist(String name) {
        return jdbc.sql("select id from award_finalist where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /**
     * A member whose dues for this year are recorded, signed in by a link written as their mail would carry it;
     * returns their session and id.
     */
    private Map.Entry<Cookie, Long> member(String email) throws Exception {
        return member(email, true);
    }

    private Map.Entry<Cookie, Long> member(String email, boolean duesPaid) throws Exception {
        String number = review.accept(
                MembershipFixtures.confirmedApplication(
                        applications, jdbc, MembershipFixtures.applicantInTours("Camille", "Trophée", email)),
                BOARD);
        if (duesPaid) {
            assertThat(dues.record(
                            new PaymentForm(number, "30", "9494", "Banque des trophées", today.toString(), "", ""),
                            BOARD))
                    .isNotEmpty();
        }
        Cookie session =
                send(post(MemberFixtures.signInLink(jdbc, email)).with(csrf())).getCookie("ICMF_MEMBRE");
        assertThat(session).isNotNull();
        long id = jdbc.sql("select id from membership_member where email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
        return Map.entry(session, id);
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID() + DOMAIN;
    }

    @Test
    void aMemberNominatesOncePerCategoryOnlyWhileNominationsAreOpen() throws Exception {
        open(1, 5, 10, 20, 30);
        Map.Entry<Cookie, Long> member = member(address("proposition"));
        long cm = category("Community manager de l’année");

        // Announced: the page says when nominations open; a nomination sent anyway is refused.
        assertThat(page(send(get("/espace-membre/trophees").cookie(member.getKey())))
                        .select("main")
                        .text())
                .contains("Édition annoncée")
                .doesNotContain("Pourquoi cette personne");
        assertThat(sent(post("/espace-membre/trophees/nominations")
                        .cookie(member.getKey())
                        .param("category", Long.toString(cm))
                        .param("nominee", "Alex Durand")
                        .param("justification", "Trop tôt.")))
                .isEqualTo("awards.nominate.CLOSED");
        assertThat(count("select count(*) from award_nomination")).isZero();

        move(NOMINATIONS);
        Document space = page(send(get("/espace-membre/trophees").cookie(member.getKey())));
        assertThat(space.select("main form button").eachText())
                .containsExactly(
                        "Proposer dans « Community manager de l’année »",
                        "Proposer dans « Initiative solidaire »",
                        "Proposer dans « Jeune talent »");

        assertThat(sent(nomination(member.getKey(), cm, "  Alex   Durand ", "Elle anime **500** bénévoles.")))
                .isEqualTo("awards.nominate.ACCEPTED");
        assertThat(sent(nomination(member.getKey(), cm, "Sam Petit", "Un autre choix.")))
                .isEqualTo("awards.nominate.DUPLICATE");
        assertThat(jdbc.sql("select nominee || ' / ' || justification from award_nomination where member_id = :m")
                        .param("m", member.getValue())
                        .query(String.class)
                        .list())
                .containsExactly("Alex Durand / Elle anime **500** bénévoles.");

        // Wrong input comes back with a French message next to the field, and stores nothing.
        MockHttpServletResponse tooLong =
                send(nomination(member.getKey(), category("Jeune talent"), "Sam <b>Petit</b>", "x".repeat(2001))
                        .with(csrf()));
        assertThat(tooLong.getStatus()).isEqualTo(200);
        assertThat(page(tooLong).select(".field-error").eachText())
                .containsExactly(
                        "Le nom ne peut contenir ni < ni > ni caractère de contrôle.",
                        "La justification fait 2 000 caractères au plus.");
        assertThat(sent(nomination(member.getKey(), 999_999_999L, "Sam Petit", "Inconnue.")))
                .isEqualTo("awards.nominate.UNKNOWN");
        assertThat(count("select count(*) from award_nomination")).isEqualTo(1);

        Document after = page(send(get("/espace-membre/trophees").cookie(member.getKey())));
        assertThat(after.select("main").text()).contains("Vous avez proposé Alex Durand.");
        assertThat(after.select("main form button").eachText()).hasSize(2);
    }

    @Test
    void aMemberWhoseDuesForTheYearAreNotRecordedNeitherNominatesNorVotes() throws Exception {
        open(NOMINATIONS);
        Map.Entry<Cookie, Long> lapsed = member(address("retard"), false);
        long cm = category("Community manager de l’année");

        Document space = page(send(get("/espace-membre/trophees").cookie(lapsed.getKey())));
        assertThat(space.select("main .notice").text())
                .contains("réservés aux membres à jour de leur cotisation de l’année");
        assertThat(space.select("main form")).isEmpty();
        assertThat(sent(nomination(lapsed.getKey(), cm, "Alex Durand", "Forcé.")))
                .isEqualTo("awards.nominate.NOT_UP_TO_DATE");
        assertThat(count("select count(*) from award_nomination")).isZero();

        // A member up to date nominates, so that the board can shortlist for the vote.
        Map.Entry<Cookie, Long> upToDate = member(address("a-jour"));
        assertThat(sent(nomination(upToDate.getKey(), cm, "Alex Durand", "Elle anime 500 bénévoles.")))
                .isEqualTo("awards.nominate.ACCEPTED");
        move(SHORTLIST);
        send(post("/admin/trophees/" + year + "/preselection")
                .with(csrf())
                .with(user(ADMIN))
                .param("category", Long.toString(cm))
                .param("nominee", "Alex Durand"));
        move(VOTE);
        assertThat(sent(ballot(lapsed.getKey(), cm, finalist("Alex Durand")))).isEqualTo("awards.vote.NOT_UP_TO_DATE");
        assertThat(count("select count(*) from award_ballot")).isZero();
        assertThat(count("select count(*) from award_voter")).isZero();
        assertThat(sent(ballot(upToDate.getKey(), cm, finalist("Alex Durand")))).isEqualTo("awards.vote.ACCEPTED");
        assertThat(count("select count(*) from award_ballot")).isEqualTo(1);
    }

    @Test
    void resultsNeverPublishedKeepWhoTookPartNinetyDaysAfterTheirDateOnly() throws Exception {
        open(NOMINATIONS);
        Map.Entry<Cookie, Long> member = member(address("oubli"));
        long cm = category("Community manager de l’année");
        assertThat(sent(nomination(member.getKey(), cm, "Alex Durand", "Elle anime 500 bénévoles.")))
                .isEqualTo("awards.nominate.ACCEPTED");
        String linked =
                "select count(*) from award_nomination where member_id is not null and justification is not null";

        resultsDue(Awards.UNPUBLISHED_RESULTS_GRACE.getDays() - 1);
        assertThat(awards.forgetParticipantsOfUnpublishedResults()).isZero();
        assertThat(count(linked)).isEqualTo(1);

        resultsDue(Awards.UNPUBLISHED_RESULTS_GRACE.getDays() + 1);
        assertThat(awards.forgetParticipantsOfUnpublishedResults()).isEqualTo(1);
        assertThat(count(linked)).isZero();
        assertThat(count("select count(*) from award_nomination where nominee = 'Alex Durand'"))
                .isEqualTo(1);
        assertThat(awards.forgetParticipantsOfUnpublishedResults()).isZero();
    }

    /** Moves this year's edition so that its results were due that many days ago, the vote closed the day before. */
    private void resultsDue(int daysAgo) {
        jdbc.sql("""
                        update award_edition set nominations_open = cast(:due as date) - 30, nominations_close = cast(:due as date) - 20,
                               vote_open = cast(:due as date) - 10, vote_close = cast(:due as date) - 1, results_on = :due
                        where year = :year""")
                .param("due", java.sql.Date.valueOf(today.minusDays(daysAgo)))
                .param("year", year)
                .update();
    }

    private MockHttpServletRequestBuilder nomination(Cookie session, long category, String nominee, String why) {
        return post("/espace-membre/trophees/nominations")
                .cookie(session)
                .param("category", Long.toString(category))
                .param("nominee", nominee)
                .param("justification", why);
    }

    /** Sends a member's form and returns the key of the message their page then shows. */
    private String sent(MockHttpServletRequestBuilder request) throws Exception {
        var result = mvc.perform(request.with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/espace-membre/trophees");
        return String.valueOf(result.getFlashMap().get("flash"));
    }

    private MockHttpServletRequestBuilder ballot(Cookie session, long category, long finalist) {
        return post("/espace-membre/trophees/votes")
                .cookie(session)
                .param("category", Long.toString(category))
                .param("finalist", Long.toString(finalist));
    }

    @Test
    void nominateShortlistVoteOnceByASecretBallotAndPublishTheResults() throws Exception {
        open(NOMINATIONS);
        String firstEmail = address("premier");
        Map.Entry<Cookie, Long> first = member(firstEmail);
        Map.Entry<Cookie, Long> second = member(address("second"));
        Map.Entry<Cookie, Long> third = member(address("troisieme"));
        long cm = category("Community manager de l’année");
        sent(nomination(first.getKey(), cm, "Alex Durand", "Elle anime 500 bénévoles."));
        sent(nomination(second.getKey(), cm, "Alex Durand", "Sa campagne de l’hiver."));
        sent(nomination(third.getKey(), cm, "Sam Petit", "Toujours là pour les autres."));

        // Shortlisting is for after the nominations.
        assertThat(send(post("/admin/trophees/" + year + "/preselection")
                                .with(csrf())
                                .with(user(ADMIN))
                                .param("category", Long.toString(cm))
                                .param("nominee", "Alex Durand"))
                        .getRedirectedUrl())
                .endsWith("#nominations");
        assertThat(count("select count(*) from award_finalist")).isZero();

        move(SHORTLIST);
        Document board = page(send(get("/admin/trophees/" + year).with(user(ADMIN))));
        assertThat(board.select("#categories-aide").text())
                .isEqualTo("Fixées : des membres ont déjà fait des propositions dans ces catégories.");
        assertThat(board.select("table.list")
                        .first()
                        .select("tbody tr td:first-child")
                        .eachText())
                .containsExactly("Alex Durand", "Sam Petit");
        assertThat(board.select("table.list").first().text()).contains("Sa campagne de l’hiver.");
        for (String nominee : List.of("Alex Durand", "Sam Petit")) {
            send(post("/admin/trophees/" + year + "/preselection")
                    .with(csrf())
                    .with(user(ADMIN))
                    .param("category", Long.toString(cm))
                    .param("nominee", nominee));
        }
        // A name nobody nominated is no finalist.
        send(post("/admin/trophees/" + year + "/preselection")
                .with(csrf())
                .with(user(ADMIN))
                .param("category", Long.toString(cm))
                .param("nominee", "Quelqu’un d’autre"));
        assertThat(jdbc.sql("select name from award_finalist order by name")
                        .query(String.class)
                        .list())
                .containsExactly("Alex Durand", "Sam Petit");
        long alex = finalist("Alex Durand");
        long sam = finalist("Sam Petit");

        // Before the vote opens, a ballot is refused and nothing is stored.
        assertThat(sent(ballot(first.getKey(), cm, alex))).isEqualTo("awards.vote.CLOSED");
        assertThat(count("select count(*) from award_ballot") + count("select count(*) from award_voter"))
                .isZero();

        move(VOTE);
        assertThat(page(send(get("/trophees/" + year))).select("main ol li").eachText())
                .containsExactly("Alex Durand", "Sam Petit");
        Document ballotPage = page(send(get("/espace-membre/trophees").cookie(first.getKey())));
        assertThat(ballotPage.select("input[name=finalist] + label").eachText())
                .containsExactly("Alex Durand", "Sam Petit");

        assertThat(sent(ballot(first.getKey(), cm, alex))).isEqualTo("awards.vote.ACCEPTED");
        assertThat(sent(ballot(first.getKey(), cm, sam))).isEqualTo("awards.vote.DUPLICATE");
        assertThat(sent(ballot(second.getKey(), cm, alex))).isEqualTo("awards.vote.ACCEPTED");
        assertThat(sent(ballot(third.getKey(), cm, sam))).isEqualTo("awards.vote.ACCEPTED");
        // A finalist of no category of the edition is no choice.
        assertThat(sent(ballot(third.getKey(), category("Jeune talent"), alex))).isEqualTo("awards.vote.UNKNOWN");
        assertThat(count("select count(*) from award_ballot")).isEqualTo(3);
        assertThat(count("select count(*) from award_voter")).isEqualTo(3);
        assertThat(page(send(get("/espace-membre/trophees").cookie(first.getKey())))
                        .select("main")
                        .text())
                .contains("Vous avez voté dans cette catégorie.");

        // A visitor without a member's session is sent to sign in; nothing is stored.
        MockHttpServletResponse visitor = send(post("/espace-membre/trophees/votes")
                .with(csrf())
                .param("category", Long.toString(cm))
                .param("finalist", Long.toString(sam)));
        assertThat(visitor.getStatus()).isBetween(300, 403);
        assertThat(count("select count(*) from award_ballot")).isEqualTo(3);

        // After the deadline (the clock moved past it), a vote is refused and nothing is stored.
        Awards later = new Awards(jdbc, posts, selfService, events, Clock.offset(clock, Duration.ofDays(6)));
        Map.Entry<Cookie, Long> late = member(address("retard"));
        assertThat(later.vote(late.getValue(), cm, sam)).isEqualTo(Awards.Outcome.CLOSED);
        assertThat(count("select count(*) from award_ballot")).isEqualTo(3);

        // The audit log says who voted in which category, never for whom.
        AsyncEvents.awaitHandled(jdbc);
        List<String> votes = jdbc.sql("""
                        select action || ' ' || actor_name || ' ' || subject_label from audit_entry
                        where subject_type = 'award-vote' and subject_id = :member""")
                .param("member", first.getValue())
                .query(String.class)
                .list();
        assertThat(votes)
                .containsExactly("voted Un membre Trophées de l’ICMF " + year + " — Community manager de l’année");
        assertThat(count("select count(*) from audit_entry where subject_type like 'award-%' and "
                        + "(subject_label like '%Sam Petit%' or subject_label like '%Alex%') and action = 'voted'"))
                .isZero();
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'award-edition' "
                                + "and subject_id = :id order by occurred_at, id")
                        .param("id", edition().id())
                        .query(String.class)
                        .list())
                .containsExactly("opened", "updated", "shortlisted", "shortlisted", "updated");

        // Mes données: the member voted, in which category, never for whom.
        List<Map<String, String>> data = personalData.find(firstEmail);
        assertThat(data).hasSize(2);
        assertThat(data.get(1).get("Participation"))
                .isEqualTo("a voté dans la catégorie « Community manager de l’année » de l’édition " + year
                        + " (le vote est secret : pour qui n’est enregistré nulle part avec votre nom)");
        assertThat(data.toString()).doesNotContain("Sam Petit");

        // Results are published once the vote closed: on the public page, and as a blog post draft for the board.
        assertThat(send(post("/admin/trophees/" + year + "/resultats")
                                .with(csrf())
                                .with(user(ADMIN)))
                        .getRedirectedUrl())
                .isEqualTo("/admin/trophees/" + year);
        assertThat(edition().resultsPublishedAt()).isNull();
        move(COUNTING);
        assertThat(page(send(get("/admin").with(user(ADMIN)))).text()).contains("Trophées : résultats à publier");
        send(post("/admin/trophees/" + year + "/resultats").with(csrf()).with(user(ADMIN)));
        assertThat(edition().resultsPublishedAt()).isNotNull();

        Document results = page(send(get("/trophees/" + year)));
        assertThat(results.select("main h1").text()).isEqualTo("Trophées de l’ICMF " + year);
        assertThat(results.select(".award-phase").text()).isEqualTo("Résultats publiés");
        assertThat(results.select("ol.award-results li").eachText())
                .containsExactly("Alex Durand — lauréat(e) 2 voix", "Sam Petit 1 voix");
        assertThat(jdbc.sql("select status || ' ' || title from blog_post where title like 'Trophées de l’ICMF%'")
                        .query(String.class)
                        .list())
                .containsExactly("DRAFT Trophées de l’ICMF " + year + " : les résultats");
        assertThat(jdbc.sql("select body_markdown from blog_post where title like 'Trophées de l’ICMF%'")
                        .query(String.class)
                        .single())
                .contains("**Alex Durand** (lauréat) : 2 voix", "Sam Petit : 1 voix");
        assertThat(page(send(get("/trophees"))).select("main li").eachText())
                .contains("Trophées " + year + " : Résultats publiés");

        // Once published, who nominated and who voted is forgotten; the ballots and nominees stay.
        assertThat(count("select count(*) from award_voter")).isZero();
        assertThat(
                        count(
                                "select count(*) from award_nomination where member_id is not null or justification is not null"))
                .isZero();
        assertThat(count("select count(*) from award_ballot")).isEqualTo(3);
    }

    @Test
    void nextYearsEditionAnnouncedEarlyWaitsForThisYearsVote() throws Exception {
        open(NOMINATIONS);
        long cm = category("Community manager de l’année");
        Map.Entry<Cookie, Long> member = member(address("annonce"));
        sent(nomination(member.getKey(), cm, "Alex Durand", "Pour son année."));
        send(dated(
                post("/admin/trophees")
                        .param("year", Integer.toString(year + 1))
                        .param("categories", "Jeune talent"),
                40,
                50,
                60,
                70,
                80));

        Document space = page(send(get("/espace-membre/trophees").cookie(member.getKey())));
        assertThat(space.select("main h2").first().text()).isEqualTo("Trophées de l’ICMF " + year);
        assertThat(space.select("main").text()).contains("Vous avez proposé Alex Durand.");
        assertThat(page(send(get("/trophees"))).select("main li").eachText())
                .containsExactly(
                        "Trophées " + (year + 1) + " : Édition annoncée : nominations bientôt ouvertes",
                        "Trophées " + year + " : Nominations ouvertes");
    }

    @Test
    void theBallotTableHoldsNoMemberNorTime() {
        assertThat(jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_name = 'award_ballot' order by ordinal_position""").query(String.class).list()).containsExactly("id", "category_id", "finalist_id");
        assertThat(jdbc.sql("""
                        select data_type from information_schema.columns
                        where table_name = 'award_ballot' and column_name = 'id'""").query(String.class).single()).isEqualTo("uuid");
    }

    @Test
    void erasureForgetsWhoVotedAndNominatedButKeepsTheCounts() throws Exception {
        open(NOMINATIONS);
        String email = address("effacement");
        Map.Entry<Cookie, Long> member = member(email);
        long cm = category("Community manager de l’année");
        sent(nomination(member.getKey(), cm, "Alex Durand", "Ma collègue chez Essai."));
        move(SHORTLIST);
        awards.shortlist(edition(), cm, "Alex Durand", ADMIN.actor());
        move(VOTE);
        assertThat(sent(ballot(member.getKey(), cm, finalist("Alex Durand")))).isEqualTo("awards.vote.ACCEPTED");

        List<Map<String, String>> data = personalData.find(email);
        assertThat(data).extracting(record -> record.get("Donnée")).containsExactly("Proposition", "Vote");
        assertThat(data.get(0)).containsEntry("Personne proposée", "Alex Durand");
        assertThat(data.get(0)).containsEntry("Justification", "Ma collègue chez Essai.");

        assertThat(personalData.erase(email)).isEqualTo(2);
        assertThat(personalData.find(email)).isEmpty();
        assertThat(count("select count(*) from award_voter")).isZero();
        assertThat(jdbc.sql("select coalesce(member_id::text, '-') || ' ' || nominee || ' ' "
                                + "|| coalesce(justification, '-') from award_nomination")
                        .query(String.class)
                        .list())
                .containsExactly("- Alex Durand -");
        assertThat(awards.shortlist(edition(), true).get(0).finalists())
                .extracting(Awards.Finalist::name, Awards.Finalist::votes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Alex Durand", 1L));
    }

    @Test
    void theBoardDatesAnEditionInOrderWithinItsYear() throws Exception {
        MockHttpServletResponse wrong = send(post("/admin/trophees")
                .with(csrf())
                .with(user(ADMIN))
                .param("year", Integer.toString(year))
                .param("categories", "Jeune talent")
                .param("nominationsOpen", today.toString())
                .param("nominationsClose", today.minusDays(1).toString())
                .param("voteOpen", "abc")
                .param("voteClose", today.plusYears(3).toString())
                .param("resultsOn", today.plusYears(3).plusDays(1).toString()));
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(page(wrong).select(".field-error").eachText())
                .containsExactly(
                        "La clôture des nominations ne peut précéder leur ouverture.",
                        "Indiquez une date valide (AAAA-MM-JJ).",
                        "La date doit tomber dans l’année de l’édition, la précédente ou la suivante.",
                        "La date doit tomber dans l’année de l’édition, la précédente ou la suivante.");
        assertThat(awards.edition(year)).isEmpty();

        open(NOMINATIONS);
        assertThat(page(send(get("/admin/trophees/" + year).with(user(ADMIN))))
                        .select("main")
                        .text())
                .contains("Nominations ouvertes");
        MockHttpServletResponse again = send(dated(
                post("/admin/trophees").param("year", Integer.toString(year)).param("categories", "Jeune talent"),
                NOMINATIONS));
        assertThat(page(again).select(".field-error").eachText())
                .containsExactly("Une édition existe déjà pour cette année.");
        assertThat(send(get("/sitemap.xml")).getContentAsString() + sitemapPages())
                .contains("/trophees/" + year);
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
}
