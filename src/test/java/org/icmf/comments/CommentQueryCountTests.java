package org.icmf.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.icmf.support.SiteTest;
import org.icmf.support.SqlStatementCounter;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Comments cost the same few statements on a page however many posts, threads and replies it shows (no N+1). */
@SiteTest
class CommentQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    CommentModeration moderation;

    @AfterEach
    void cleanUp() {
        new CommentFixtures(mvc, jdbc).cleanUp();
    }

    private int statementsOf(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isOk());
        statements.reset();
        // Rendered, not served from the reader cache; this thread's statements only, as jobs and event handlers
        // (the content version check, twice a second) run alongside.
        mvc.perform(get(url).header("Cache-Control", "no-cache")).andExpect(status().isOk());
        return statements.countOnThisThread();
    }

    @Test
    void countsCommentsOfAListAndShowsAThreadInOneStatementEach() throws Exception {
        CommentFixtures fixtures = new CommentFixtures(mvc, jdbc);
        List<Long> posts =
                List.of(fixtures.publishedPost("un"), fixtures.publishedPost("deux"), fixtures.publishedPost("trois"));
        int homeBefore = statementsOf("/");
        int postBefore = statementsOf(fixtures.postPath(posts.get(0)));
        int pageBefore = statementsOf("/le-metier");

        List<Long> roots = new ArrayList<>();
        int n = 0;
        for (long post : posts) {
            for (int i = 0; i < 3; i++) {
                fixtures.fromAnotherAddress();
                String email = "lecteur" + (n++) + "@commentaires.example";
                fixtures.comment("/commentaires/article/" + post, "Lecteur " + n, email)
                        .send();
                roots.add(fixtures.commentId(email));
            }
        }
        moderation.decide(roots, CommentModeration.Decision.APPROVE, Actor.SYSTEM);
        List<Long> replies = new ArrayList<>();
        for (long root : roots) {
            fixtures.fromAnotherAddress();
            String email = "reponse" + root + "@commentaires.example";
            long post = jdbc.sql("select subject_id from comment where id = :id")
                    .param("id", root)
                    .query(Long.class)
                    .single();
            fixtures.comment("/commentaires/article/" + post, "Réponse", email)
                    .with("replyTo", Long.toString(root))
                    .send();
            replies.add(fixtures.commentId(email));
        }
        moderation.decide(replies, CommentModeration.Decision.APPROVE, Actor.SYSTEM);

        assertThat(fixtures.page("/").select(".comment-count").eachText()).hasSize(3);
        assertThat(statementsOf("/")).isEqualTo(homeBefore).isLessThanOrEqualTo(7);
        assertThat(statementsOf(fixtures.postPath(posts.get(0))))
                .isEqualTo(postBefore)
                .isLessThanOrEqualTo(7);
        assertThat(statementsOf("/le-metier")).isEqualTo(pageBefore).isLessThanOrEqualTo(3);
    }
}
