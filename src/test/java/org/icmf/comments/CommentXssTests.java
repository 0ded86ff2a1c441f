package org.icmf.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scripts typed into any field of a comment — name, website, text — come out as inert text wherever the comment
 * shows: the page, the form shown again, the moderators' pages and the Atom feed. A website that is not http(s) is
 * never a link, even one stored before the form refused them.
 */
@SiteTest
class CommentXssTests {

    private static final String SCRIPT_NAME = "<script>alert('nom')</script>";
    private static final String IMG_TEXT =
            "Bonjour <img src=x onerror=alert('texte')> et <script>alert(2)</script>" + " \"><svg onload=alert(3)>";

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

    /** No script, no event handler, no javascript: or data: address anywhere in this markup. */
    private static void assertInert(Element markup, String where) {
        assertThat(markup.select("script, svg, img[onerror], iframe"))
                .as(where + ": elements")
                .isEmpty();
        for (Element element : markup.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey())
                        .as(where + ": attribute of " + element.tagName())
                        .doesNotStartWith("on");
                if (List.of("href", "src", "action", "formaction", "xlink:href").contains(attribute.getKey())) {
                    assertThat(attribute.getValue().strip().toLowerCase())
                            .as(where + ": " + attribute.getKey())
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("data:");
                }
            });
        }
    }

    private long approvedComment() throws Exception {
        fixtures.comment("/commentaires/page/" + fixtures.pageId("le-metier"), SCRIPT_NAME, "xss@commentaires.example")
                .with("website", "https://exemple.fr/")
                .with("text", IMG_TEXT)
                .send();
        long id = fixtures.commentId("xss@commentaires.example");
        moderation.decide(List.of(id), CommentModeration.Decision.APPROVE, Actor.SYSTEM);
        return id;
    }

    @Test
    void showsScriptsTypedInTheNameAndTextAsTextOnThePage() throws Exception {
        fixtures.comment("/commentaires/page/" + fixtures.pageId("le-metier"), SCRIPT_NAME, "xss@commentaires.example")
                .with("website", "https://exemple.fr/?q=\"><script>alert(5)</script>")
                .with("text", IMG_TEXT)
                .send();
        // The website with markup is refused: the comment is sent again with a plain one.
        assertThat(fixtures.count()).isZero();
        fixtures.comment("/commentaires/page/" + fixtures.pageId("le-metier"), SCRIPT_NAME, "xss@commentaires.example")
                .with("website", "https://exemple.fr/page")
                .with("text", IMG_TEXT)
                .send();
        long id = fixtures.commentId("xss@commentaires.example");
        moderation.decide(List.of(id), CommentModeration.Decision.APPROVE, Actor.SYSTEM);

        String html = mvc.perform(get("/le-metier")).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        Element comment = page.selectFirst("#commentaire-" + id);

        assertInert(page.selectFirst("#commentaires"), "page");
        assertThat(comment.select(".comment-author").text()).isEqualTo(SCRIPT_NAME);
        assertThat(comment.select(".comment-body").text()).isEqualTo(IMG_TEXT);
        assertThat(comment.select(".comment-author a").attr("href")).isEqualTo("https://exemple.fr/page");
        assertThat(comment.select(".comment-author a").attr("rel")).isEqualTo("nofollow ugc noopener");
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<svg");
    }

    @Test
    void showsAgainWhatWasTypedEscapedInTheFormWithErrors() throws Exception {
        MockHttpServletResponse sent = fixtures.comment(
                        "/commentaires/page/" + fixtures.pageId("le-metier"),
                        SCRIPT_NAME,
                        "\"><script>alert(1)</script>")
                .with("website", "javascript:alert(1)")
                .with("text", "</textarea><script>alert(4)</script>")
                .send();

        Document form = Jsoup.parse(sent.getContentAsString());
        assertInert(form.selectFirst("main"), "form shown again");
        assertThat(form.select("#comment-name").val()).isEqualTo(SCRIPT_NAME);
        assertThat(form.select("#comment-email").val()).isEqualTo("\"><script>alert(1)</script>");
        assertThat(form.select("#comment-website").val()).isEqualTo("javascript:alert(1)");
        assertThat(form.select("#comment-text").val()).isEqualTo("</textarea><script>alert(4)</script>");
        assertThat(form.select("#comment-website-erreur").text()).startsWith("Indiquez l'adresse d'un site web");
        assertThat(fixtures.count()).isZero();
    }

    @Test
    void neverLinksAWebsiteThatIsNotHttpEvenOneStoredBeforehand() throws Exception {
        long id = approvedComment();
        for (String stored : List.of(
                "javascript:alert(1)",
                " JAVASCRIPT:alert(1)",
                "data:text/html;base64,PHNjcmlwdD4=",
                "https://exemple.fr/\" onmouseover=\"alert(1)")) {
            jdbc.sql("update comment set author_website = :website where id = :id")
                    .param("website", stored)
                    .param("id", id)
                    .update();

            Document page = fixtures.page("/le-metier");

            assertInert(page.selectFirst("#commentaires"), stored);
            assertThat(page.select("#commentaire-" + id + " .comment-author a"))
                    .as(stored)
                    .isEmpty();
            assertThat(page.select("#commentaire-" + id + " .comment-author").text())
                    .isEqualTo(SCRIPT_NAME);
        }
    }

    @Test
    void showsScriptsAsTextOnTheModeratorsPages() throws Exception {
        long id = approvedComment();
        jdbc.sql("update comment set author_website = 'javascript:alert(1)' where id = :id")
                .param("id", id)
                .update();

        for (String path : List.of("/admin/commentaires?dossier=approuves", "/admin/commentaires/" + id)) {
            Document page = fixtures.page(path, CommentFixtures.moderator());
            assertInert(page.selectFirst("main"), path);
            assertThat(page.select("main").text()).as(path).contains(SCRIPT_NAME, IMG_TEXT, "javascript:alert(1)");
            assertThat(page.select("main a[href*=javascript]")).as(path).isEmpty();
        }
    }

    @Test
    void writesScriptsAsTextInTheAtomFeed() throws Exception {
        approvedComment();

        String xml = mvc.perform(get("/commentaires/page/" + fixtures.pageId("le-metier") + "/feed.atom"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        assertThat(feed.select("entry")).hasSize(1);
        assertThat(feed.select("entry > title").text())
                .isEqualTo(SCRIPT_NAME + " sur « Le métier de community manager »");
        assertThat(feed.select("entry > author > name").text()).isEqualTo(SCRIPT_NAME);
        assertThat(feed.select("entry > content").attr("type")).isEqualTo("html");
        // A feed reader decodes the XML, then renders this HTML: the visitor's markup is text in it.
        Document content =
                Jsoup.parseBodyFragment(feed.select("entry > content").text());
        assertInert(content.body(), "feed content");
        assertThat(content.text()).isEqualTo(IMG_TEXT);
        assertThat(feed.select("script, img, svg")).isEmpty();
    }
}
