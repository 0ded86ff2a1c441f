package org.icmf.blog;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V34__flag_images_without_alt_text;
import java.sql.Connection;
import javax.sql.DataSource;
import org.icmf.support.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V34 flags the posts and pages stored before the editors checked images' text alternatives. */
@SiteTest
class FlagImagesWithoutAltTextTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestPosts() {
        jdbc.sql("delete from blog_post where slug like 'essai-v34-%'").update();
    }

    private long storedPost(String slug, String markdown) {
        jdbc.sql("""
                insert into blog_post (slug, title, body_markdown, body_html, body_text, excerpt_html, excerpt_truncated,
                                       status)
                values (:slug, 'Essai', :markdown, '', '', '', false, 'DRAFT')""").param("slug", slug).param("markdown", markdown).update();
        return jdbc.sql("select id from blog_post where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    private boolean flagged(long id) {
        return jdbc.sql("select missing_alt_text from blog_post where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    @Test
    void flagsStoredPostsWhoseImagesLackATextAlternativeOnly() throws Exception {
        long bare = storedPost("essai-v34-sans", "Logo : ![](/media/0123456789abcdef.png)");
        long html = storedPost("essai-v34-html", "<p><img src=\"/media/0123456789abcdef.png\"></p>");
        long described = storedPost("essai-v34-avec", "Logo : ![Logo de l'ICMF](/media/0123456789abcdef.png)");

        try (Connection connection = dataSource.getConnection()) {
            V34__flag_images_without_alt_text.flag(connection, "blog_post");
        }

        assertThat(flagged(bare)).isTrue();
        assertThat(flagged(html)).isTrue();
        assertThat(flagged(described)).isFalse();
    }
}
