package org.icmf.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.icmf.support.FormStamps;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Visitors comment on posts and on the job profile: moderation of first comments, known authors, the spam rules,
 * the rate limit, closed comments, forged subjects, threads.
 */
@SiteTest
class CommentingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommentModeration moderation;

    CommentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CommentFixtures(mvc, jdbc);
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    private List<String> shownAuthors(String path) throws Exception {
        return fixtures.page(path).select("#commentaires .comment-author").eachText();
    }

    @Test
    void holdsAFirstCommentForModerationAndTellsItsAuthor() throws Exception {
        MockHttpServletResponse sent = fixtures.comment(
                        "/commentaires/page/" + fixtures.pageId("le-metier"),
                        "Alix Martin",
                        "alix@commentaires.example")
                .send();

        assertThat(sent.getRedirectedUrl()).isEqualTo("/le-metier?commentaire=attente#commentaires");
        assertThat(fixtures.status(fixtures.commentId("alix@commentaires.example")))
                .isEqualTo("PENDING");
        Document page = fixtures.page(sent.getRedirectedUrl());
        assertThat(page.select("#commentaires .flash").text()).contains("en attente de modération");
        assertThat(page.select("#commentaires .comment")).isEmpty();
        assertThat(page.text()).doesNotContain("Alix Martin");
    }

    @Test
    void publishesAtOnceTheNextCommentsOfAnAddressWithAnApprovedComment() throws Exception {
        long post = fixtures.publishedPost("connu");
        String subject = "/commentaires/article/" + post;
        fixtures.comment(subject, "Bao", "bao@commentaires.example").send();
        moderation.decide(
                List.of(fixtures.commentId("bao@commentaires.example")),
                CommentModeration.Decision.APPROVE,
                Actor.SYSTEM);

        MockHttpServletResponse second = fixtures.comment(subject, "Bao", "  BAO@Commentaires.example ")
                .with("text", "Et une seconde remarque.")
                .send();

        long id = fixtures.commentId("bao@commentaires.example");
        assertThat(second.getRedirectedUrl())
                .isEqualTo(fixtures.postPath(post) + "?commentaire=publie#commentaire-" + id);
        assertThat(fixtures.status(id)).isEqualTo("APPROVED");
        Document page = fixtures.page(second.getRedirectedUrl());
        assertThat(page.select("#commentaires .flash").text()).contains("est publié");
        assertThat(page.select("#commentaire-" + id + " .comment-body").text()).isEqualTo("Et une seconde remarque.");
        assertThat(page.select("#commentaires-titre").text()).isEqualTo("2 commentaires");
    }

    @Test
    void showsEachMistakeInFrenchNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        MockHttpServletResponse sent = fixtures.comment(
                        "/commentaires/page/" + fixtures.pageId("le-metier"), "", "pas-une-adresse")
                .with("text", "Mon texte\nsur deux lignes")
                .with("website", "ftp://exemple.fr")
                .with("consent", null)
                .send();

        assertThat(sent.getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(sent.getContentAsString());
        assertThat(form.select("#comment-name-erreur").text()).startsWith("Indiquez votre nom");
        assertThat(form.select("#comment-email-erreur").text()).startsWith("Cette adresse e-mail n'est pas valide");
        assertThat(form.select("#comment-website-erreur").text()).startsWith("Indiquez l'adresse d'un site web");
        assertThat(form.select("#comment-consent-erreur").text()).startsWith("Cochez cette case");
        assertThat(form.select("#comment-email").attr("aria-describedby")).isEqualTo("comment-email-erreur");
        assertThat(form.select("#comment-email").val()).isEqualTo("pas-une-adresse");
        assertThat(form.select("#comment-website").val()).isEqualTo("ftp://exemple.fr");
        assertThat(form.select("#comment-text").val()).isEqualTo("Mon texte\nsur deux lignes");
        assertThat(form.select("h1").text()).isEqualTo("Votre commentaire");
        assertThat(form.select("a[href=/le-metier]").first().text()).contains("Le métier");
        assertThat(fixtures.count()).isZero();
    }

    @Test
    void refusesAJavascriptWebsite() throws Exception {
        for (String website : List.of(
                "javascript:alert(1)",
                "JaVaScRiPt:alert(document.cookie)",
                "data:text/html,x",
                "https://exemple.fr/\"><script>")) {
            MockHttpServletResponse sent = fixtures.comment(
                            "/commentaires/page/" + fixtures.pageId("le-metier"), "Alix", "alix@commentaires.example")
                    .with("website", website)
                    .send();
            assertThat(Jsoup.parse(sent.getContentAsString())
                            .select("#comment-website-erreur")
                            .text())
                    .as(website)
                    .startsWith("Indiquez l'adresse d'un site web");
        }
        assertThat(fixtures.count()).isZero();
    }

    @Test
    void answersARobotThatFilledTheHiddenFieldAsIfAcceptedAndKeepsNothing() throws Exception {
        MockHttpServletResponse sent = fixtures.comment(
                        "/commentaires/page/" + fixtures.pageId("le-metier"), "Robot", "robot@commentaires.example")
                .with("homepage", "http://spam.example")
                .send();

        assertThat(sent.getRedirectedUrl()).isEqualTo("/le-metier?commentaire=attente#commentaires");
        assertThat(fixtures.count()).isZero();
    }

    @Test
    void showsAgainAFormSentFasterThanAPersonCouldType() throws Exception {
        MockHttpServletResponse sent = fixtures.comment(
                        "/commentaires/page/" + fixtures.pageId("le-metier"), "Alix", "alix@commentaires.example")
                .with("stamp", FormStamps.shownSecondsAgo(0))
                .with("text", "Écrit vite")
                .send();

        Document form = Jsoup.parse(sent.getContentAsString());
        assertThat(form.select(".form-error[role=alert]").text()).contains("trop vite");
        assertThat(form.select("#comment-text").val()).isEqualTo("Écrit vite");
        assertThat(form.select("input[name=stamp]").val()).matches("\\d+\\.[A-Za-z0-9_-]{43}");
        assertThat(fixtures.count()).isZero();
    }

    @Test
    void showsAgainAFormWhoseStampIsMissingForgedOrTooOld() throws Exception {
        String genuine = FormStamps.shownSecondsAgo(10);
        String forged = genuine.substring(0, genuine.length() - 1) + (genuine.endsWith("A") ? "B" : "A");
        for (String stamp : List.of("", "1700000000000", forged, FormStamps.shownSecondsAgo(3 * 86_400))) {
            MockHttpServletResponse sent = fixtures.comment(
                            "/commentaires/page/" + fixtures.pageId("le-metier"), "Alix", "alix@commentaires.example")
                    .with("stamp", stamp)
                    .with("text", "Texte gardé")
                    .send();
            Document form = Jsoup.parse(sent.getContentAsString());
            assertThat(form.select(".form-error[role=alert]").text())
                    .as(stamp)
                    .contains("ouvert il y a trop longtemps");
            assertThat(form.select("#comment-text").val()).isEqualTo("Texte gardé");
        }
        assertThat(fixtures.count()).isZero();
    }

    @Test
    void keepsCommentsWithTooManyLinksOrAForbiddenWordInTheSpamFolderWhereTheyCanBeRestored() throws Exception {
        String subject = "/commentaires/page/" + fixtures.pageId("le-metier");
        MockHttpServletResponse links = fixtures.comment(subject, "Lien", "liens@commentaires.example")
                .with("text", "Voyez https://a.example, https://b.example et www.c.example")
                .send();
        MockHttpServletResponse word = fixtures.comment(subject, "Mot", "mot@commentaires.example")
                .with("text", "Achetez du VIAGRA pas cher")
                .send();
        MockHttpServletResponse normal = fixtures.comment(subject, "Normal", "normal@commentaires.example")
                .with("text", "Deux liens suffisent : https://a.example et https://b.example")
                .send();

        assertThat(links.getRedirectedUrl()).isEqualTo("/le-metier?commentaire=attente#commentaires");
        assertThat(word.getRedirectedUrl()).isEqualTo("/le-metier?commentaire=attente#commentaires");
        long spamByLinks = fixtures.commentId("liens@commentaires.example");
        assertThat(fixtures.status(spamByLinks)).isEqualTo("SPAM");
        assertThat(fixtures.status(fixtures.commentId("mot@commentaires.example")))
                .isEqualTo("SPAM");
        assertThat(fixtures.status(fixtures.commentId("normal@commentaires.example")))
                .isEqualTo("PENDING");
        assertThat(normal.getRedirectedUrl()).isEqualTo("/le-metier?commentaire=attente#commentaires");
        assertThat(fixtures.page("/admin/commentaires?dossier=indesirables", CommentFixtures.moderator())
                        .select("tbody tr strong")
                        .eachText())
                .containsExactlyInAnyOrder("Lien", "Mot");

        moderation.decide(List.of(spamByLinks), CommentModeration.Decision.APPROVE, Actor.SYSTEM);

        assertThat(shownAuthors("/le-metier")).containsExactly("Lien");
    }

    @Test
    void refusesWithAFrenchMessageAndStoresNothingOnceAnAddressSentTooMuch() throws Exception {
        String subject = "/commentaires/page/" + fixtures.pageId("le-metier");
        for (int i = 1; i <= 5; i++) {
            assertThat(fixtures.comment(subject, "Pressé", "presse" + i + "@commentaires.example")
                            .send()
                            .getRedirectedUrl())
                    .isNotNull();
        }

        MockHttpServletResponse sixth = fixtures.comment(subject, "Pressé", "presse6@commentaires.example")
                .with("text", "Encore moi")
                .send();

        assertThat(sixth.getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(sixth.getContentAsString());
        assertThat(form.select(".form-error[role=alert]").text()).contains("patientez quelques minutes");
        assertThat(form.select("#comment-text").val()).isEqualTo("Encore moi");
        assertThat(fixtures.count()).isEqualTo(5);

        // The same e-mail from elsewhere is counted too.
        fixtures.fromAnotherAddress();
        for (int i = 1; i <= 4; i++) {
            fixtures.comment(subject, "Bavard", "bavard@commentaires.example").send();
        }
        fixtures.fromAnotherAddress();
        fixtures.comment(subject, "Bavard", "bavard@commentaires.example").send();
        fixtures.fromAnotherAddress();
        assertThat(fixtures.comment(subject, "Bavard", "bavard@commentaires.example")
                        .send()
                        .getContentAsString())
                .contains("patientez quelques minutes");
        assertThat(fixtures.count()).isEqualTo(10);
    }

    @Test
    void refusesCommentsWhereTheBoardClosedThemOrThePostIsOld() throws Exception {
        long open = fixtures.publishedPost("ferme");
        moderation.setOpen("article", open, false, Actor.SYSTEM);
        long old = fixtures.post("ancien", "PUBLISHED", 100);
        long seed = jdbc.sql("select id from blog_post where slug = 'publication-au-journal-officiel'")
                .query(Long.class)
                .single();

        for (String subject : List.of(
                "/commentaires/article/" + open,
                "/commentaires/article/" + old,
                "/commentaires/article/" + seed,
                "/commentaires/page/" + fixtures.pageId("charte"))) {
            MockHttpServletResponse sent = fixtures.comment(subject, "Alix", "alix@commentaires.example")
                    .with("text", "Mon texte à garder")
                    .send();
            Document page = Jsoup.parse(sent.getContentAsString());
            assertThat(page.select(".form-error[role=alert]").text())
                    .as(subject)
                    .startsWith("Les commentaires");
            assertThat(page.select("form.comment-form")).as(subject).isEmpty();
            assertThat(page.select("#texte-saisi").val()).isEqualTo("Mon texte à garder");
        }
        assertThat(Jsoup.parse(fixtures.comment("/commentaires/article/" + old, "Alix", "alix@commentaires.example")
                                .send()
                                .getContentAsString())
                        .select(".form-error")
                        .text())
                .isEqualTo(
                        "Les commentaires se ferment 90 jours après la publication : ils sont fermés pour cet article.");
        assertThat(fixtures.count()).isZero();
        assertThat(fixtures.page(fixtures.postPath(open)).select("form.comment-form"))
                .isEmpty();
        assertThat(fixtures.page(fixtures.postPath(old)).select("form.comment-form"))
                .isEmpty();
        assertThat(fixtures.page("/blog/2009/04/publication-au-journal-officiel")
                        .select("form.comment-form"))
                .isEmpty();
        assertThat(fixtures.page("/charte").select("form.comment-form")).isEmpty();
        assertThat(fixtures.page("/le-metier").select("form.comment-form")).hasSize(1);
        assertThat(fixtures.page(fixtures.postPath(fixtures.publishedPost("ouvert")))
                        .select("form.comment-form"))
                .hasSize(1);
    }

    @Test
    void answersA404ForASubjectReadersCannotSeeWhateverIsAskedOfIt() throws Exception {
        long draft = fixtures.post("brouillon", "DRAFT", 1);
        long scheduled = fixtures.post("programme", "PUBLISHED", -3);
        long trashed = fixtures.post("corbeille", "TRASHED", 1);
        jdbc.sql("update site_page set trashed_at = now() where slug = 'le-metier'")
                .update();
        try {
            for (String subject : List.of(
                    "/commentaires/article/" + draft,
                    "/commentaires/article/" + scheduled,
                    "/commentaires/article/" + trashed,
                    "/commentaires/article/999999999",
                    "/commentaires/page/" + fixtures.pageId("le-metier"),
                    "/commentaires/inconnu/1",
                    "/commentaires/page/999999999")) {
                assertThat(fixtures.comment(subject, "Alix", "alix@commentaires.example")
                                .send()
                                .getStatus())
                        .as("POST " + subject)
                        .isEqualTo(404);
                assertThat(mvc.perform(get(subject)).andReturn().getResponse().getStatus())
                        .as("GET " + subject)
                        .isEqualTo(404);
                assertThat(mvc.perform(get(subject + "/feed.atom"))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as("feed " + subject)
                        .isEqualTo(404);
            }
        } finally {
            jdbc.sql("update site_page set trashed_at = null where slug = 'le-metier'")
                    .update();
        }
        assertThat(fixtures.count()).isZero();
    }

    @Test
    void refusesAReplyToACommentOfAnotherSubjectOrOneNotShown() throws Exception {
        long post = fixtures.publishedPost("fil");
        fixtures.comment("/commentaires/article/" + post, "Alix", "alix@commentaires.example")
                .send();
        long pending = fixtures.commentId("alix@commentaires.example");
        String page = "/commentaires/page/" + fixtures.pageId("le-metier");

        for (String replyTo : List.of(Long.toString(pending), "999999999", "abc")) {
            assertThat(fixtures.comment(page, "Bao", "bao@commentaires.example")
                            .with("replyTo", replyTo)
                            .send()
                            .getStatus())
                    .as(replyTo)
                    .isEqualTo(404);
            assertThat(mvc.perform(get(page).param("reponse", replyTo))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(replyTo)
                    .isEqualTo(404);
        }
        // Waiting for moderation, it cannot be answered on its own post either.
        assertThat(fixtures.comment("/commentaires/article/" + post, "Bao", "bao@commentaires.example")
                        .with("replyTo", Long.toString(pending))
                        .send()
                        .getStatus())
                .isEqualTo(404);
        assertThat(fixtures.count()).isEqualTo(1);
    }

    @Test
    void attachesRepliesToRepliesToTheThreadsFirstCommentAndShowsTheNewestThreadLast() throws Exception {
        long post = fixtures.publishedPost("discussion");
        String subject = "/commentaires/article/" + post;
        fixtures.comment(subject, "Alix", "alix@commentaires.example").send();
        long alix = fixtures.commentId("alix@commentaires.example");
        moderation.decide(List.of(alix), CommentModeration.Decision.APPROVE, Actor.SYSTEM);
        fixtures.comment(subject, "Bao", "bao@commentaires.example")
                .with("replyTo", Long.toString(alix))
                .send();
        long bao = fixtures.commentId("bao@commentaires.example");
        moderation.decide(List.of(bao), CommentModeration.Decision.APPROVE, Actor.SYSTEM);
        fixtures.comment(subject, "Chloé", "chloe@commentaires.example")
                .with("replyTo", Long.toString(bao))
                .send();
        fixtures.comment(subject, "Dan", "dan@commentaires.example").send();
        moderation.decide(
                List.of(
                        fixtures.commentId("chloe@commentaires.example"),
                        fixtures.commentId("dan@commentaires.example")),
                CommentModeration.Decision.APPROVE,
                Actor.SYSTEM);

        Document page = fixtures.page(fixtures.postPath(post));

        assertThat(page.select(".comment-threads > li > .comment .comment-author")
                        .eachText())
                .containsExactly("Alix", "Dan");
        assertThat(page.select(".comment-threads > li")
                        .first()
                        .select(".comment-replies .comment-author")
                        .eachText())
                .containsExactly("Bao", "Chloé");
        assertThat(jdbc.sql("select parent_id from comment where author_email = 'chloe@commentaires.example'")
                        .query(Long.class)
                        .single())
                .isEqualTo(alix);
        assertThat(page.select("#commentaire-" + bao + " .comment-reply a").attr("href"))
                .isEqualTo(subject + "?reponse=" + bao);
        Document replyPage = fixtures.page(subject + "?reponse=" + bao);
        assertThat(replyPage.select(".comment-parent .comment-author").text()).isEqualTo("Bao");
        assertThat(replyPage.select("form.comment-form input[name=replyTo]").val())
                .isEqualTo(Long.toString(bao));
    }

    @Test
    void countsEachPostsCommentsOnTheLists() throws Exception {
        long post = fixtures.publishedPost("compte");
        String subject = "/commentaires/article/" + post;
        fixtures.comment(subject, "Alix", "alix@commentaires.example").send();
        fixtures.comment(subject, "Bao", "bao@commentaires.example").send();
        fixtures.comment(subject, "Chloé", "chloe@commentaires.example").send();
        moderation.decide(
                List.of(
                        fixtures.commentId("alix@commentaires.example"),
                        fixtures.commentId("bao@commentaires.example")),
                CommentModeration.Decision.APPROVE,
                Actor.SYSTEM);

        Document home = fixtures.page("/");

        assertThat(home.select(".post-summary").first().select(".post-title").text())
                .isEqualTo("Article compte");
        assertThat(home.select(".post-summary").first().select(".comment-count").text())
                .isEqualTo("2 commentaires sur « Article compte »");
        assertThat(home.select(".post-summary").first().select(".comment-count").attr("href"))
                .isEqualTo(fixtures.postPath(post) + "#commentaires");
        assertThat(home.select(".post-summary").get(1).select(".comment-count")).isEmpty();
    }

    @Test
    void countsAReplyOnlyWhileItsThreadIsShownAndNeverAnErasedComment() throws Exception {
        long post = fixtures.publishedPost("fil");
        String subject = "/commentaires/article/" + post;
        fixtures.comment(subject, "Alix", "alix@commentaires.example").send();
        long alix = fixtures.commentId("alix@commentaires.example");
        fixtures.comment(subject, "Dan", "dan@commentaires.example").send();
        long dan = fixtures.commentId("dan@commentaires.example");
        moderation.decide(List.of(alix, dan), CommentModeration.Decision.APPROVE, Actor.SYSTEM);
        fixtures.comment(subject, "Bao", "bao@commentaires.example")
                .with("replyTo", Long.toString(alix))
                .send();
        moderation.decide(
                List.of(fixtures.commentId("bao@commentaires.example")),
                CommentModeration.Decision.APPROVE,
                Actor.SYSTEM);
        assertThat(countOnTheHomePage()).isEqualTo("3 commentaires sur « Article fil »");

        moderation.decide(List.of(alix), CommentModeration.Decision.REJECT, Actor.SYSTEM);
        assertThat(countOnTheHomePage())
                .as("Bao's reply went with Alix's thread")
                .isEqualTo("1 commentaire sur « Article fil »");

        jdbc.sql("update comment set erased_at = now() where id = :id")
                .param("id", dan)
                .update();
        assertThat(countOnTheHomePage()).isEmpty();

        moderation.decide(List.of(alix), CommentModeration.Decision.APPROVE, Actor.SYSTEM);
        assertThat(countOnTheHomePage()).isEqualTo("2 commentaires sur « Article fil »");
    }

    private String countOnTheHomePage() throws Exception {
        Document home = fixtures.page("/");
        assertThat(home.select(".post-summary").first().select(".post-title").text())
                .isEqualTo("Article fil");
        return home.select(".post-summary").first().select(".comment-count").text();
    }
}
