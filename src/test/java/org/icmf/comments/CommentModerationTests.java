package org.icmf.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.security.BoardAccounts;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The moderators' side: folders and bulk decisions, editing, the association's replies and the e-mails they send,
 * the batched notice of waiting comments, opening and closing comments, the audit log, the dashboard and roles.
 */
@SiteTest
class CommentModerationTests {

    private static final BoardUser MODERATOR = CommentFixtures.moderator();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ModeratorNotices notices;

    @Autowired
    BoardAccounts accounts;

    CommentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CommentFixtures(mvc, jdbc);
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    private String metier() {
        return "/commentaires/page/" + fixtures.pageId("le-metier");
    }

    private long pending(String name, String email) throws Exception {
        fixtures.comment(metier(), name, email)
                .with("notifyReplies", "true")
                .with("text", "Texte de " + name)
                .send();
        return fixtures.commentId(email);
    }

    private MockHttpServletResponse bulk(String decision, String folder, long... ids) throws Exception {
        var request = post("/admin/commentaires/lot")
                .with(user(MODERATOR))
                .with(csrf())
                .param("decision", decision)
                .param("dossier", folder);
        for (long id : ids) {
            request.param("ids", Long.toString(id));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse reply(long id, String text) throws Exception {
        return mvc.perform(post("/admin/commentaires/" + id + "/reponse")
                        .with(user(MODERATOR))
                        .with(csrf())
                        .param("text", text))
                .andReturn()
                .getResponse();
    }

    @Test
    void listsWaitingCommentsAndDecidesOnTheTickedOnesInOneForm() throws Exception {
        long alix = pending("Alix", "alix@commentaires.example");
        long bao = pending("Bao", "bao@commentaires.example");
        long chloe = pending("Chloé", "chloe@commentaires.example");

        Document queue = fixtures.page("/admin/commentaires", MODERATOR);
        assertThat(queue.select("form.bulk-form tbody tr strong").eachText()).containsExactly("Chloé", "Bao", "Alix");
        assertThat(queue.select("form.bulk-form tbody tr").first().text())
                .contains("chloe@commentaires.example", "Texte de Chloé", "Le métier de community manager");
        assertThat(queue.select(".filters a[aria-current=page]").text()).isEqualTo("En attente (3)");

        MockHttpServletResponse approved = bulk("approuver", "en-attente", alix, bao);
        assertThat(approved.getRedirectedUrl()).isEqualTo("/admin/commentaires?dossier=en-attente");
        bulk("indesirable", "en-attente", chloe);

        assertThat(List.of(fixtures.status(alix), fixtures.status(bao), fixtures.status(chloe)))
                .containsExactly("APPROVED", "APPROVED", "SPAM");
        assertThat(fixtures.page("/le-metier")
                        .select("#commentaires .comment-author")
                        .eachText())
                .containsExactly("Alix", "Bao");

        bulk("refuser", "approuves", bao);
        assertThat(fixtures.page("/le-metier")
                        .select("#commentaires .comment-author")
                        .eachText())
                .containsExactly("Alix");
        Document refused = fixtures.page("/admin/commentaires?dossier=refuses", MODERATOR);
        assertThat(refused.select("tbody tr strong").eachText()).containsExactly("Bao");
        assertThat(refused.select(".filters a").eachText())
                .as("the folders' sizes follow every move")
                .containsExactly("En attente (0)", "Approuvés (1)", "Indésirables (1)", "Refusés (1)");

        assertThat(mvc.perform(post("/admin/commentaires/lot")
                                .with(user(MODERATOR))
                                .with(csrf())
                                .param("decision", "approuver"))
                        .andReturn()
                        .getFlashMap()
                        .get("flash"))
                .isEqualTo("comment.bulk.none");
        assertThat(mvc.perform(get("/admin/commentaires")
                                .param("dossier", "inconnu")
                                .with(user(MODERATOR)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("select action || ' ' || subject_label || ' by ' || actor_name from audit_entry "
                                + "where subject_type = 'comment' and subject_id in (:ids) order by id")
                        .param("ids", List.of(alix, bao, chloe))
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        "approved Alix — Le métier de community manager by Camille Modération",
                        "approved Bao — Le métier de community manager by Camille Modération",
                        "marked-spam Chloé — Le métier de community manager by Camille Modération",
                        "rejected Bao — Le métier de community manager by Camille Modération");
        assertThat(fixtures.page("/admin/journal?type=comment", CommentFixtures.member(EnumSet.of(Role.ADMIN)))
                        .select("a[href=/admin/commentaires/" + alix + "]")
                        .eachText())
                .contains("Alix — Le métier de community manager");
    }

    @Test
    void editsACommentsTextAndSaysSoOnThePage() throws Exception {
        long alix = pending("Alix", "alix@commentaires.example");
        bulk("approuver", "en-attente", alix);

        assertThat(mvc.perform(post("/admin/commentaires/" + alix + "/texte")
                                .with(user(MODERATOR))
                                .with(csrf())
                                .param("text", "  "))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Votre commentaire est vide.");
        mvc.perform(post("/admin/commentaires/" + alix + "/texte")
                .with(user(MODERATOR))
                .with(csrf())
                .param("text", "Texte corrigé par la modération"));

        Document page = fixtures.page("/le-metier");
        assertThat(page.select("#commentaire-" + alix + " .comment-body").text())
                .isEqualTo("Texte corrigé par la modération");
        assertThat(page.select("#commentaire-" + alix + " .comment-edited").text())
                .isEqualTo("Modifié par la modération.");
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'comment' and subject_id = :id order by occurred_at, id")
                        .param("id", alix)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("approved", "edited");
    }

    @Test
    void repliesInTheAssociationsNameAndTellsThoseWhoAskedWithALinkToStop() throws Exception {
        long alix = pending("Alix", "alix@commentaires.example");
        fixtures.comment(metier(), "Bao", "bao@commentaires.example").send();
        long bao = fixtures.commentId("bao@commentaires.example");
        bulk("approuver", "en-attente", alix, bao);
        // Bao answers Alix: Alix asked to be told.
        fixtures.comment(metier(), "Bao", "bao@commentaires.example")
                .with("replyTo", Long.toString(alix))
                .with("text", "Je suis d'accord avec Alix. <b>spam</b> http://evil.example")
                .send();
        assertThat(fixtures.mailsTo("bao@commentaires.example")).isEmpty();
        List<String> toAlix = fixtures.mailsTo("alix@commentaires.example");
        assertThat(toAlix).hasSize(1);
        assertThat(toAlix.get(0))
                .startsWith("Nouvelle réponse sur « Le métier de community manager »")
                .contains("Bonjour,", "Une réponse a été publiée", "/le-metier#commentaire-")
                .as("a commenter's address is never confirmed: no name, no text typed by anyone")
                .doesNotContain("Alix", "Bao", "d'accord", "spam", "evil.example");

        MockHttpServletResponse answered = reply(alix, "Merci Alix, nous en parlerons au prochain café.");

        long board = jdbc.sql("select id from comment where from_board")
                .query(Long.class)
                .single();
        assertThat(answered.getRedirectedUrl()).isEqualTo("/admin/commentaires/" + alix);
        assertThat(fixtures.page("/admin/commentaires/" + board, MODERATOR)
                        .select("h1")
                        .text())
                .isEqualTo("Réponse de l’association (Camille Modération)");
        Document page = fixtures.page("/le-metier");
        assertThat(page.select(".comment-threads > li")
                        .first()
                        .select(".comment-replies .comment-author")
                        .eachText())
                .containsExactly("Bao", "Camille Modération");
        assertThat(page.select("#commentaire-" + board).hasClass("from-board")).isTrue();
        assertThat(page.select("#commentaire-" + board + " .board-badge").text())
                .isEqualTo("Réponse de l’ICMF");
        toAlix = fixtures.mailsTo("alix@commentaires.example");
        assertThat(toAlix).hasSize(2);
        assertThat(toAlix.get(1)).contains("L'ICMF a répondu").doesNotContain("nous en parlerons", "Alix");

        Matcher link = Pattern.compile("http://localhost:8080(/commentaires/desabonnement/[A-Za-z0-9_-]{43})")
                .matcher(toAlix.get(1));
        assertThat(link.find()).as(toAlix.get(1)).isTrue();
        // Opening the link (a mail scanner does) changes nothing; the button does.
        Document confirm = fixtures.page(link.group(1));
        assertThat(confirm.select("main form button").text()).isEqualTo("Ne plus être prévenu(e)");
        assertThat(jdbc.sql("select notify_replies from comment where id = :id")
                        .param("id", alix)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        mvc.perform(post(link.group(1)).with(csrf()));
        mvc.perform(post(link.group(1)).with(csrf()));
        assertThat(jdbc.sql("select notify_replies from comment where id = :id")
                        .param("id", alix)
                        .query(Boolean.class)
                        .single())
                .isFalse();

        reply(alix, "Une dernière précision.");
        assertThat(fixtures.mailsTo("alix@commentaires.example")).hasSize(2);
    }

    @Test
    void opensNothingWithAForgedOrMalformedUnsubscribeLink() throws Exception {
        for (String forged : List.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "court", "x'or'1'='1")) {
            assertThat(mvc.perform(get("/commentaires/desabonnement/" + forged))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(forged)
                    .isEqualTo(404);
            assertThat(mvc.perform(post("/commentaires/desabonnement/" + forged).with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(forged)
                    .isEqualTo(404);
        }
    }

    @Test
    void answersOnlyACommentReadersSee() throws Exception {
        long alix = pending("Alix", "alix@commentaires.example");

        MockHttpServletResponse refused = reply(alix, "Réponse trop tôt");

        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select("#repondre-titre + p")
                        .text())
                .startsWith("On ne répond qu’à un commentaire approuvé");
        assertThat(jdbc.sql("select count(*) from comment where from_board")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void tellsModeratorsOfWaitingCommentsInOneMailPerBatch() throws Exception {
        String moderator = "moderation-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(
                moderator, "Modération", "phrase de passe de la modération", EnumSet.of(Role.MODERATOR), Actor.SYSTEM);
        String editor = "redaction-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(editor, "Rédaction", "phrase de passe de la rédaction", EnumSet.of(Role.EDITOR), Actor.SYSTEM);
        notices.send();
        int before = fixtures.mailsTo(moderator).size();

        pending("Alix", "alix@commentaires.example");
        pending("Bao", "bao@commentaires.example");
        fixtures.comment(metier(), "Spam", "spam@commentaires.example")
                .with("text", "viagra")
                .send();

        assertThat(notices.send()).isPositive();
        List<String> mails = fixtures.mailsTo(moderator);
        assertThat(mails).hasSize(before + 1);
        assertThat(mails.get(mails.size() - 1))
                .startsWith("Commentaires à modérer : 2 nouveaux")
                .contains(
                        "2 nouveaux commentaires attendent",
                        "- Alix sur « Le métier de community manager »",
                        "« Texte de Alix »",
                        "- Bao sur",
                        "/admin/commentaires")
                .doesNotContain("Spam", "alix@commentaires.example");
        assertThat(fixtures.mailsTo(editor)).isEmpty();

        assertThat(notices.send()).isZero();
        pending("Chloé", "chloe@commentaires.example");
        notices.send();
        mails = fixtures.mailsTo(moderator);
        assertThat(mails).hasSize(before + 2);
        assertThat(mails.get(mails.size() - 1))
                .startsWith("Commentaires à modérer : 1 nouveau")
                .contains("Chloé")
                .doesNotContain("Alix");
        jdbc.sql("delete from mail_outbox where recipient in (:to)")
                .param("to", List.of(moderator, editor))
                .update();
    }

    @Test
    void closesAndOpensCommentsOnAPostOrAPageAndLogsIt() throws Exception {
        long post = fixtures.publishedPost("reglage");
        Document subjects = fixtures.page("/admin/commentaires/sujets", MODERATOR);
        assertThat(subjects.select("tbody tr").eachText())
                .as("the newest post on the first page")
                .anyMatch(row -> row.startsWith("Article reglage Article") && row.contains("Ouverts"));
        assertThat(subjectRowsOfEveryPage())
                .anyMatch(row -> row.startsWith("Article reglage Article") && row.contains("Ouverts"))
                .anyMatch(row -> row.startsWith("La charte") && row.contains("Fermés"))
                .anyMatch(row -> row.contains("Fermés (article ancien)"));

        mvc.perform(post("/admin/commentaires/sujets/article/" + post)
                .with(user(MODERATOR))
                .with(csrf())
                .param("ouvrir", "false"));
        long charte = fixtures.pageId("charte");
        mvc.perform(post("/admin/commentaires/sujets/page/" + charte)
                .with(user(MODERATOR))
                .with(csrf())
                .param("ouvrir", "true"));

        assertThat(fixtures.page(fixtures.postPath(post)).select("form.comment-form"))
                .isEmpty();
        assertThat(fixtures.page("/charte").select("form.comment-form")).hasSize(1);
        assertThat(mvc.perform(post("/admin/commentaires/sujets/article/999999999")
                                .with(user(MODERATOR))
                                .with(csrf())
                                .param("ouvrir", "true"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("select subject_type || ' ' || action from audit_entry where (subject_type = 'post' and "
                                + "subject_id = :post) or (subject_type = 'page' and subject_id = :page and action like 'comments-%') "
                                + "order by id")
                        .param("post", post)
                        .param("page", charte)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("post comments-closed", "page comments-opened");
    }

    /** The rows of the page where comments are opened and closed, following its pages (50 subjects each). */
    private List<String> subjectRowsOfEveryPage() throws Exception {
        List<String> rows = new ArrayList<>();
        String path = "/admin/commentaires/sujets";
        while (path != null) {
            Document page = fixtures.page(path, MODERATOR);
            rows.addAll(page.select("tbody tr").eachText());
            String next = page.select("a[rel=next]").attr("href");
            path = next.isEmpty() ? null : next;
        }
        return rows;
    }

    @Test
    void showsTheWaitingCountOnTheModeratorsDashboard() throws Exception {
        pending("Alix", "alix@commentaires.example");
        pending("Bao", "bao@commentaires.example");

        Document dashboard = fixtures.page("/admin", MODERATOR);

        assertThat(dashboard
                        .select("a[href='/admin/commentaires?dossier=en-attente']")
                        .text())
                .isEqualTo("2 commentaires à modérer");
        assertThat(fixtures.page("/admin", CommentFixtures.member(EnumSet.of(Role.EDITOR)))
                        .select("a[href^='/admin/commentaires']"))
                .isEmpty();
    }

    @Test
    void letsModeratorsAndAdministratorsInAndAnEditorGetsTheForbiddenPage() throws Exception {
        for (Role role : List.of(Role.MODERATOR, Role.ADMIN)) {
            assertThat(mvc.perform(get("/admin/commentaires").with(user(CommentFixtures.member(EnumSet.of(role)))))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(role.name())
                    .isEqualTo(200);
        }
        MockHttpServletResponse editor = mvc.perform(get("/admin/commentaires")
                        .with(user(CommentFixtures.member(EnumSet.of(Role.EDITOR, Role.TREASURER)))))
                .andReturn()
                .getResponse();
        assertThat(editor.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/admin/commentaires/lot")
                                .with(user(CommentFixtures.member(EnumSet.of(Role.EDITOR))))
                                .with(csrf())
                                .param("decision", "approuver"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
