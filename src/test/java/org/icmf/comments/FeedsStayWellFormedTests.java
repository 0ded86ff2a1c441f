package org.icmf.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every feed parses as XML whatever the stored texts hold: characters XML 1.0 forbids, stored straight in the
 * database as older rows may hold them (the forms refuse them), are left out; {@code ]]>} is escaped.
 */
@SiteTest
class FeedsStayWellFormedTests {

    /** Characters XML 1.0 forbids (PostgreSQL stores every one of them but NUL), between ordinary words. */
    private static final String HOSTILE = "début\u0001\u001F\uFFFE\uFFFF]]>fin";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommentModeration moderation;

    CommentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CommentFixtures(mvc, jdbc);
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    private long hostileComment(String subject, String email) throws Exception {
        fixtures.comment(subject, "Alix", email).send();
        long id = fixtures.commentId(email);
        moderation.decide(List.of(id), CommentModeration.Decision.APPROVE, Actor.SYSTEM);
        jdbc.sql("update comment set author_name = :text, body = :text where id = :id")
                .param("text", "Alix " + HOSTILE)
                .param("id", id)
                .update();
        return id;
    }

    private Document parsed(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    @Test
    void feedsLeaveOutCharactersXmlForbidsAndStayWellFormed() throws Exception {
        long post = fixtures.publishedPost("xml");
        jdbc.sql("update blog_post set title = :title, author_name = :text, body_html = :html, body_text = :text, "
                        + "excerpt_html = :html where id = :id")
                .param("title", "Article " + HOSTILE)
                .param("text", HOSTILE)
                .param("html", "<p>" + HOSTILE + "</p>")
                .param("id", post)
                .update();
        hostileComment("/commentaires/article/" + post, "xml1@commentaires.example");
        hostileComment("/commentaires/page/" + fixtures.pageId("le-metier"), "xml2@commentaires.example");

        for (String url : List.of(
                "/blog/feed.atom",
                "/blog/feed.rss",
                "/commentaires/article/" + post + "/feed.atom",
                "/commentaires/page/" + fixtures.pageId("le-metier") + "/feed.atom",
                "/sitemap.xml")) {
            String text = parsed(url).getDocumentElement().getTextContent();

            if (!url.equals("/sitemap.xml")) {
                assertThat(text).as(url).contains("début]]>fin").doesNotContain("\u0001", "\u001F", "\uFFFE", "\uFFFF");
            }
        }
        NodeList names = parsed("/commentaires/article/" + post + "/feed.atom").getElementsByTagName("name");
        List<String> authors = IntStream.range(0, names.getLength())
                .mapToObj(i -> names.item(i).getTextContent())
                .toList();
        assertThat(authors)
                .as("the commenter's name, as stored but the forbidden characters")
                .contains("Alix début]]>fin");
    }
}
