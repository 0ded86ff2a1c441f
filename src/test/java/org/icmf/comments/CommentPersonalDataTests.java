package org.icmf.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.support.AsyncEvents;
import org.icmf.support.PublicForms;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A commenter's RGPD rights through "Mes données", and the retention periods the form announces. */
@SiteTest
class CommentPersonalDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommentModeration moderation;

    @Autowired
    CommentRetention retention;

    CommentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CommentFixtures(mvc, jdbc);
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
        jdbc.sql("delete from personal_data_request where email like '%@commentaires.example'")
                .update();
        jdbc.sql("delete from form_attempt where email like '%@commentaires.example'")
                .update();
    }

    private String metier() {
        return "/commentaires/page/" + fixtures.pageId("le-metier");
    }

    private long approved(String name, String email, String text, Long replyTo) throws Exception {
        CommentFixtures.Sending sending =
                fixtures.comment(metier(), name, email).with("text", text);
        if (replyTo != null) {
            sending.with("replyTo", Long.toString(replyTo));
        }
        sending.send();
        long id = fixtures.commentId(email);
        moderation.decide(List.of(id), CommentModeration.Decision.APPROVE, Actor.SYSTEM);
        return id;
    }

    private String dataLink(String email) throws Exception {
        mvc.perform(PublicForms.askForPersonalData(email));
        String body = jdbc.sql(
                        "select body_text from mail_outbox where recipient = :email and subject like 'Vos données%'")
                .param("email", email)
                .query(String.class)
                .single();
        Matcher link = Pattern.compile("http://localhost:8080(/mes-donnees/[A-Za-z0-9_-]{43})")
                .matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void showsACommentersCommentsThenErasesThemKeepingTheRepliesOfOthers() throws Exception {
        String email = "ines@commentaires.example";
        fixtures.comment(metier(), "Inès Vidal", email)
                .with("text", "Un avis en attente")
                .send();
        long pending = fixtures.commentId(email);
        long answered = approved("Inès Vidal", email, "Mon premier avis, avec mon numéro 06 12 34 56 78", null);
        long reply = approved("Bao", "bao@commentaires.example", "Je réponds à Inès", answered);
        long alone = approved("Inès Vidal", email, "Un second avis que personne n'a commenté", null);
        // The board's action on it names her in the audit log.
        AsyncEvents.awaitHandled(jdbc);

        String link = dataLink(email);
        Document data =
                Jsoup.parse(mvc.perform(get(link)).andReturn().getResponse().getContentAsString());
        assertThat(data.select("h2").eachText()).contains("Commentaires");
        assertThat(data.text())
                .contains(
                        "Mon premier avis",
                        "Un second avis",
                        "Un avis en attente",
                        "Le métier de community manager",
                        "En attente de modération",
                        "Approuvé")
                .doesNotContain("Je réponds à Inès");

        mvc.perform(post(link + "/effacer").with(csrf()).param("confirm", "oui"));

        assertThat(jdbc.sql("select count(*) from comment where lower(author_email) = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from comment where id in (:ids)")
                        .param("ids", List.of(alone, pending))
                        .query(Long.class)
                        .single())
                .as("comments nobody answered are deleted")
                .isZero();
        var kept = jdbc.sql("select author_name, body, author_website, address_hash from comment where id = :id")
                .param("id", answered)
                .query()
                .singleRow();
        assertThat(kept.get("author_name")).isEqualTo("");
        assertThat(kept.get("body")).isEqualTo("");
        assertThat(kept.get("address_hash")).isNull();
        Document page = fixtures.page("/le-metier");
        assertThat(page.text()).doesNotContain("Inès Vidal", "06 12 34 56 78", "Un second avis");
        assertThat(page.select("#commentaire-" + answered).text())
                .isEqualTo("Commentaire effacé à la demande de son auteur.");
        assertThat(page.select("#commentaire-" + reply + " .comment-body").text())
                .isEqualTo("Je réponds à Inès");
        assertThat(page.select("#commentaires-titre").text()).isEqualTo("1 commentaire");
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql(
                                "select subject_label from audit_entry where subject_type = 'comment' and subject_id in (:ids)")
                        .param("ids", List.of(answered, alone))
                        .query(String.class)
                        .list())
                .isNotEmpty()
                .allMatch(label -> label.equals("Commentaire effacé à la demande de son auteur"));
        // The moderators see the placeholder, and can no longer act on it.
        Document admin = fixtures.page("/admin/commentaires/" + answered, CommentFixtures.moderator());
        assertThat(admin.select("h1").text()).isEqualTo("Commentaire effacé");
        assertThat(admin.select("form.decision-form")).isEmpty();
        assertThat(mvc.perform(get("/commentaires/page/" + fixtures.pageId("le-metier") + "/feed.atom"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Inès Vidal", "premier avis")
                .contains("Je réponds à Inès");
    }

    @Test
    void forgetsAddressHashesThenEmailsAndDeletesDiscardedCommentsAfterTheirRetention() throws Exception {
        long old = approved("Alix", "alix@commentaires.example", "Un vieil avis", null);
        fixtures.comment(metier(), "Alix", "alix@commentaires.example")
                .with("notifyReplies", "true")
                .with("text", "Un avis récent")
                .send();
        long recent = fixtures.commentId("alix@commentaires.example");
        fixtures.comment(metier(), "Spam", "spam@commentaires.example")
                .with("text", "viagra")
                .send();
        long spam = fixtures.commentId("spam@commentaires.example");
        fixtures.comment(metier(), "Refusé", "refus@commentaires.example").send();
        long refused = fixtures.commentId("refus@commentaires.example");
        moderation.decide(List.of(refused), CommentModeration.Decision.REJECT, Actor.SYSTEM);
        jdbc.sql("update comment set created_at = now() - interval '800 days', notify_replies = true where id = :id")
                .param("id", old)
                .update();
        jdbc.sql("update comment set created_at = now() - interval '40 days' where id = :id")
                .param("id", recent)
                .update();
        jdbc.sql("update comment set created_at = now() - interval '100 days' where id = :id")
                .param("id", spam)
                .update();
        jdbc.sql("update comment set decided_at = now() - interval '100 days' where id = :id")
                .param("id", refused)
                .update();

        assertThat(retention.enforce()).isPositive();

        var oldRow = jdbc.sql(
                        "select author_email, address_hash, notify_replies, body, status from comment where id = :id")
                .param("id", old)
                .query()
                .singleRow();
        assertThat(oldRow.get("author_email")).isNull();
        assertThat(oldRow.get("address_hash")).isNull();
        assertThat(oldRow.get("notify_replies")).isEqualTo(false);
        assertThat(oldRow).containsEntry("body", "Un vieil avis").containsEntry("status", "APPROVED");
        var recentRow = jdbc.sql("select author_email, address_hash from comment where id = :id")
                .param("id", recent)
                .query()
                .singleRow();
        assertThat(recentRow.get("author_email")).isEqualTo("alix@commentaires.example");
        assertThat(recentRow.get("address_hash")).as("kept 30 days").isNull();
        assertThat(jdbc.sql("select count(*) from comment where id in (:ids)")
                        .param("ids", List.of(spam, refused))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(fixtures.page("/le-metier")
                        .select("#commentaire-" + old + " .comment-body")
                        .text())
                .isEqualTo("Un vieil avis");
    }

    @Test
    void deletesTheCommentsOfAPostThatNoLongerExists() throws Exception {
        long post = fixtures.publishedPost("supprime");
        fixtures.comment("/commentaires/article/" + post, "Alix", "alix@commentaires.example")
                .send();
        jdbc.sql("delete from blog_post where id = :id").param("id", post).update();

        retention.enforce();

        assertThat(fixtures.count()).isZero();
        assertThat(mvc.perform(get("/admin/commentaires").with(user(CommentFixtures.moderator())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}
