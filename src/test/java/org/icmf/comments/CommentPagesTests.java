package org.icmf.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.icmf.support.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A long comment section is shown a page of threads at a time, oldest first, the form under every page. */
@SiteTest
class CommentPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommentsProperties properties;

    @AfterEach
    void cleanUp() {
        new CommentFixtures(mvc, jdbc).cleanUp();
    }

    @Test
    void showsLongThreadsAPageAtATimeWithTheFormOnEachPage() throws Exception {
        CommentFixtures fixtures = new CommentFixtures(mvc, jdbc);
        long post = fixtures.publishedPost("longue-discussion");
        int threads = properties.threadsPerPage() + 3;
        jdbc.sql("""
                insert into comment (subject_type, subject_id, status, author_name, author_email, body, created_at)
                select 'post', :post, 'APPROVED', 'Lecteur ' || n, 'lecteur' || n || '@commentaires.example',
                       'Commentaire numéro ' || n, now() - interval '1 day' + n * interval '1 second'
                from generate_series(1, :threads) n""").param("post", post).param("threads", threads).update();
        long first = jdbc.sql("select id from comment where body = 'Commentaire numéro 1'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into comment (subject_type, subject_id, parent_id, status, author_name, author_email, body,
                                     created_at)
                values ('post', :post, :parent, 'APPROVED', 'Réponse', 'reponse@commentaires.example',
                        'Une réponse au premier', now())""").param("post", post).param("parent", first).update();
        String path = fixtures.postPath(post);

        Document firstPage = fixtures.page(path);
        assertThat(firstPage.select("#commentaires-titre").text()).isEqualTo((threads + 1) + " commentaires");
        assertThat(firstPage.select(".comment-thread")).hasSize(properties.threadsPerPage());
        assertThat(firstPage.select(".comment-thread").first().text())
                .contains("Commentaire numéro 1", "Une réponse au premier");
        assertThat(firstPage.select("#commentaires .pagination-status").text()).isEqualTo("Page 1 sur 2");
        assertThat(firstPage.select("#commentaires form")).isNotEmpty();

        Document lastPage = fixtures.page(path + "?page=2");
        assertThat(lastPage.select(".comment-thread")).hasSize(3);
        assertThat(lastPage.select(".comment-thread").last().text()).contains("Commentaire numéro " + threads);
        assertThat(lastPage.select("#commentaires form")).isNotEmpty();
    }
}
