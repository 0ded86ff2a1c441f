package org.icmf.blog;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The addresses published posts left when their slug or month changed (V61): each points at the post, so that it
 * answers 301 to wherever the post is now, however many times it moved.
 */
@Component
class PostRedirects {

    /** The longest old address kept (its column's length): a longer one asked for leads nowhere. */
    static final int MAX_PATH_LENGTH = 200;

    private final JdbcClient jdbc;

    PostRedirects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A post is saved at {@code newPath} (null: it has no address yet), having been public at {@code oldPath} (null:
     * it was not): the old address now leads to it, and the new one leads nowhere else.
     */
    void saved(Long postId, String oldPath, String newPath, Instant now) {
        if (newPath != null) {
            jdbc.sql("delete from blog_post_redirect where old_path = :path")
                    .param("path", newPath)
                    .update();
        }
        if (oldPath != null && !oldPath.equals(newPath)) {
            jdbc.sql("""
                            insert into blog_post_redirect (old_path, post_id, created_at) values (:path, :post, :now)
                            on conflict (old_path) do update set post_id = excluded.post_id, created_at = excluded.created_at
                            """)
                    .param("path", oldPath)
                    .param("post", postId)
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    /** The post an old address leads to, if any. */
    Optional<Long> postAt(String oldPath) {
        return jdbc.sql("select post_id from blog_post_redirect where old_path = :path")
                .param("path", oldPath)
                .query(Long.class)
                .optional();
    }
}
