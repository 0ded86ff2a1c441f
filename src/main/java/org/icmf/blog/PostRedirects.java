package org.icmf.blog;

import org.icmf.editing.OldAddresses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The addresses published posts left when their slug or month changed. */
@Component
class PostRedirects extends OldAddresses {

    PostRedirects(JdbcClient jdbc) {
        super(jdbc, "blog_post_redirect", "post_id");
    }
}
