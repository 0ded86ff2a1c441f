package org.icmf.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.icmf.support.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The comment counts the lists and the moderation folders read are kept by the database, also when two writers change
 * one post at once or one statement changes many comments.
 */
@SiteTest
class CommentCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void cleanUp() {
        new CommentFixtures(mvc, jdbc).cleanUp();
    }

    @Test
    void twoTransactionsAddingCommentsToOnePostAtOnceAreBothCounted() throws Exception {
        long post = new CommentFixtures(mvc, jdbc).publishedPost("concurrence");
        try (Connection earlier = dataSource.getConnection()) {
            insertApprovedComment(earlier, post, "Chloé");
        }
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            insertApprovedComment(first, post, "Alix");
            // The second writer waits for the first's lock on the post's count, then counts what it committed.
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    insertApprovedComment(connection, post, "Bao");
                    connection.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitBlockedOnTheCount();
            first.commit();
            second.get(10, TimeUnit.SECONDS);
        }

        assertThat(shownOn(post)).isEqualTo(3);
    }

    @Test
    void oneStatementAddingMovingAndDeletingManyCommentsKeepsEveryFolderCountRight() throws Exception {
        long post = new CommentFixtures(mvc, jdbc).publishedPost("en-masse");
        jdbc.sql("""
                        insert into comment (subject_type, subject_id, status, author_name, author_email, body, created_at)
                        select 'post', :post, (array['PENDING', 'APPROVED', 'SPAM'])[1 + i % 3], 'Lecteur ' || i,
                               'lecteur' || i || '@commentaires.example', 'Bonjour', now()
                        from generate_series(1, 30) i""").param("post", post).update();
        assertFolderCountsAreTheComments();

        jdbc.sql("update comment set status = 'APPROVED' where subject_id = :post and status = 'PENDING'")
                .param("post", post)
                .update();
        assertFolderCountsAreTheComments();
        assertThat(shownOn(post)).isEqualTo(20);

        jdbc.sql("delete from comment where subject_id = :post and status = 'SPAM'")
                .param("post", post)
                .update();
        assertFolderCountsAreTheComments();
    }

    private void assertFolderCountsAreTheComments() {
        assertThat(jdbc.sql("select status, comments from comment_folder_count where comments > 0 order by status")
                        .query()
                        .listOfRows())
                .isNotEmpty()
                .isEqualTo(jdbc.sql("select status, count(*) as comments from comment group by status order by status")
                        .query()
                        .listOfRows());
    }

    private long shownOn(long post) {
        return jdbc.sql("select shown from comment_count where subject_type = 'post' and subject_id = :id")
                .param("id", post)
                .query(Long.class)
                .single();
    }

    private static void insertApprovedComment(Connection connection, long post, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into comment (subject_type, subject_id, status, author_name, author_email, body, created_at)
                values ('post', ?, 'APPROVED', ?, ?, 'Bonjour', now())""")) {
            insert.setLong(1, post);
            insert.setString(2, name);
            insert.setString(3, name.toLowerCase() + "@commentaires.example");
            insert.executeUpdate();
        }
    }

    /** Until another session waits for a lock (the second writer, on the count row the first holds). */
    private void awaitBlockedOnTheCount() {
        Awaitility.await("the second writer waiting for the first")
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
                                .query(Long.class)
                                .single()
                        > 0);
    }
}
