package org.icmf.comments;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.FormStamps;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What comment tests share: posts of any age inserted as the blog stores them, a visitor's comment sent through the
 * form (each test from its own client address, so that the rate limit counts tests apart), pages read with Jsoup.
 */
final class CommentFixtures {

    static final String SUFFIX = "-essai-commentaires";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    /** This fixture's client address: 198.51.100.x (documentation range). */
    private String address = nextAddress();

    CommentFixtures(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    /** Sends the next comments from another client address. */
    void fromAnotherAddress() {
        address = nextAddress();
    }

    /** Removes every comment and switch the tests made (only tests write comments), the job profile open again. */
    void cleanUp() {
        jdbc.sql("delete from comment").update();
        jdbc.sql("delete from comment_subject").update();
        jdbc.sql("insert into comment_subject (subject_type, subject_id, open) select 'page', id, true from site_page "
                        + "where slug = 'le-metier'")
                .update();
        jdbc.sql("delete from blog_post where slug like '%" + SUFFIX + "'").update();
        jdbc.sql("delete from mail_outbox where recipient like '%@commentaires.example'")
                .update();
    }

    /** A post with that status published that many days ago (negative: in the future); returns its id. */
    long post(String name, String status, int daysAgo) {
        String slug = name + SUFFIX;
        Timestamp publishedAt = Timestamp.from(Instant.now().minusSeconds(daysAgo * 86_400L));
        jdbc.sql("""
                insert into blog_post (slug, title, body_markdown, body_html, body_text, excerpt_html, excerpt_truncated,
                                       status, published_at, status_before_trash, trashed_at, trashed_by_name)
                values (:slug, :title, 'Texte', '<p>Texte</p>', 'Texte', '<p>Texte</p>', false, :status, :publishedAt,
                        :before, :trashedAt, :trashedBy)""")
                .param("slug", slug)
                .param("title", "Article " + name)
                .param("status", status)
                .param("publishedAt", publishedAt)
                .param("before", "TRASHED".equals(status) ? "PUBLISHED" : null, Types.VARCHAR)
                .param("trashedAt", "TRASHED".equals(status) ? Timestamp.from(Instant.now()) : null, Types.TIMESTAMP)
                .param("trashedBy", "TRASHED".equals(status) ? "Essai" : null, Types.VARCHAR)
                .update();
        return jdbc.sql("select id from blog_post where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    long publishedPost(String name) {
        return post(name, "PUBLISHED", 1);
    }

    /** The public path of a post inserted by {@link #post}. */
    String postPath(long id) {
        var row = jdbc.sql("select slug, published_at from blog_post where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        ZonedDateTime date = ((Timestamp) row.get("published_at")).toInstant().atZone(PARIS);
        return "/blog/%d/%02d/%s".formatted(date.getYear(), date.getMonthValue(), row.get("slug"));
    }

    long pageId(String slug) {
        return jdbc.sql("select id from site_page where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    /** A visitor's comment as the form sends it, its stamp ten seconds old. */
    Sending comment(String path, String name, String email) {
        return new Sending(path, name, email);
    }

    final class Sending {
        private final String path;
        private final Map<String, String> fields = new LinkedHashMap<>();

        private Sending(String path, String name, String email) {
            this.path = path;
            fields.put("name", name);
            fields.put("email", email);
            fields.put("website", "");
            fields.put("text", "Bonjour, merci pour cet article.");
            fields.put("consent", "true");
            fields.put("stamp", FormStamps.shownSecondsAgo(10));
            fields.put("homepage", "");
        }

        /** Sets a field (null: the field is not sent at all). */
        Sending with(String field, String value) {
            fields.put(field, value);
            return this;
        }

        MockHttpServletResponse send() throws Exception {
            MockHttpServletRequestBuilder request =
                    MockMvcRequestBuilders.post(path).with(csrf());
            fields.forEach((field, value) -> {
                if (value != null) {
                    request.param(field, value);
                }
            });
            String from = address;
            return mvc.perform(request.with(sent -> {
                        sent.setRemoteAddr(from);
                        return sent;
                    }))
                    .andReturn()
                    .getResponse();
        }
    }

    Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }

    Document page(String path, BoardUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(SecurityMockMvcRequestPostProcessors.user(user)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static BoardUser moderator() {
        return member(EnumSet.of(Role.MODERATOR));
    }

    static BoardUser member(Set<Role> roles) {
        return new BoardUser(-1, "moderation@icmf.example", "Camille Modération", "{noop}unused", true, roles);
    }

    long commentId(String email) {
        return jdbc.sql("select max(id) from comment where author_email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    String status(long commentId) {
        return jdbc.sql("select status from comment where id = :id")
                .param("id", commentId)
                .query(String.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from comment").query(Long.class).single();
    }

    List<String> mailsTo(String email) {
        return jdbc.sql("select subject || '\n' || body_text from mail_outbox where recipient = :email order by id")
                .param("email", email)
                .query(String.class)
                .list();
    }
}
