package org.icmf.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Queries of the blog on real PostgreSQL (each test rolls back). */
@DataJpaTest
class PostRepositoryTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    PostRepository posts;

    @Autowired
    JdbcClient jdbc;

    /** 00:30 on 1 April 2010 in Paris, still 31 March in UTC. */
    private final Instant aprilFirstInParis = Instant.parse("2010-03-31T22:30:00Z");

    @BeforeEach
    void insertAPostJustAfterMidnightInParis() {
        jdbc.sql("""
                insert into blog_post (slug, title, body_markdown, body_html, body_text, excerpt_html, excerpt_truncated,
                                       status, published_at)
                values ('minuit-a-paris', 'Minuit à Paris', 'x', '<p>x</p>', 'x', '<p>x</p>', false, 'PUBLISHED', :at)""").param("at", Timestamp.from(aprilFirstInParis)).update();
    }

    @Test
    void monthArchiveBoundariesFollowParisMidnight() {
        Instant april = LocalDate.of(2010, 4, 1).atStartOfDay(PARIS).toInstant();
        Instant may = LocalDate.of(2010, 5, 1).atStartOfDay(PARIS).toInstant();
        assertThat(posts.findPublicBetween(Instant.now(), april, may, PageRequest.of(0, 5)))
                .extracting(Post::getSlug)
                .containsExactly("minuit-a-paris");
    }

    @Test
    void ignoresPostsWhoseTimeHasNotCome() {
        assertThat(posts.findPublic(Instant.parse("2009-04-01T00:00:00Z"), PageRequest.of(0, 20)))
                .extracting(Post::getTitle)
                .containsExactly(
                        "Le Café des Community managers",
                        "\"Dans le passé vous étiez ce que vous possédiez. Aujourd'hui vous êtes ce que vous partagez.\"",
                        "Ethique, pourquoi le label bouche à oreilles® ?",
                        "Qu'est ce qu'un community manager ?",
                        "BIENVENUE");
    }

    @Test
    void theSitemapsLastChangeIsTheNewestPublicPostsReadFromItsIndex() {
        jdbc.sql("""
                insert into blog_post (slug, title, body_markdown, body_html, body_text, excerpt_html, excerpt_truncated,
                                       status, published_at, updated_at)
                values ('programme', 'Programmé', 'x', '<p>x</p>', 'x', '<p>x</p>', false, 'PUBLISHED', :later, :later)""")
                .param("later", Timestamp.from(Instant.parse("2030-01-01T00:00:00Z")))
                .update();
        jdbc.sql("update blog_post set updated_at = :at where slug = 'minuit-a-paris'")
                .param("at", Timestamp.from(Instant.parse("2029-06-01T12:00:00Z")))
                .update();

        assertThat(posts.findPublicLastChange(Instant.parse("2029-12-31T00:00:00Z")))
                .as("the scheduled post changed later but is not public yet")
                .isEqualTo(Instant.parse("2029-06-01T12:00:00Z"));
        // At a real blog's size (the plan of a two-post table is a matter of cost, not of indexes).
        jdbc.sql("""
                insert into blog_post (slug, title, body_markdown, body_html, body_text, excerpt_html, excerpt_truncated,
                                       status, published_at, updated_at)
                select 'ancien-' || i, 'Ancien', 'x', '<p>x</p>', 'x', '<p>x</p>', false, 'PUBLISHED',
                       timestamptz '2001-01-01' + i * interval '1 day', timestamptz '2001-01-01' + i * interval '1 day'
                from generate_series(1, 2000) i""").update();
        jdbc.sql("analyze blog_post").update();
        assertThat(jdbc.sql("explain select max(updated_at) from blog_post "
                                + "where status = 'PUBLISHED' and published_at <= now()")
                        .query(String.class)
                        .list())
                .anySatisfy(line -> assertThat(line).contains("blog_post_public_changed_idx"));
    }
}
