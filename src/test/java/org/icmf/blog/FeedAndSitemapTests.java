package org.icmf.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.icmf.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Feeds and sitemap are well-formed XML that feed readers and search engines understand. */
@SiteTest
class FeedAndSitemapTests {

    @Autowired
    MockMvc mvc;

    private String body(String url, String contentType) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(contentType))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void atomFeedParsesAsAtom10WithAbsoluteLinks() throws Exception {
        String xml = body("/blog/feed.atom", "application/atom+xml");
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSize(10);
        Entry newest = feed.getEntries().get(0);
        assertThat(newest.getTitle()).isEqualTo("Nouveau site web et nouveau logo");
        assertThat(newest.getAlternateLinks().get(0).getHref())
                .isEqualTo("http://localhost:8080/blog/2009/05/nouveau-site-web-et-nouveau-logo");
        assertThat(newest.getId()).startsWith("http://localhost:8080/blog/");
        assertThat(newest.getContents().get(0).getValue()).contains("nouveau logo de l'ICMF");
        assertThat(feed.getOtherLinks()).anySatisfy(link -> {
            assertThat(link.getRel()).isEqualTo("self");
            assertThat(link.getHref()).isEqualTo("http://localhost:8080/blog/feed.atom");
        });
        assertThat(feed.getUpdated()).isNotNull();
    }

    @Test
    void rssFeedParsesAsRss20WithAbsoluteLinks() throws Exception {
        String xml = body("/blog/feed.rss", "application/rss+xml");
        Channel channel = (Channel) new WireFeedInput().build(new StringReader(xml));

        assertThat(channel.getFeedType()).isEqualTo("rss_2.0");
        assertThat(channel.getLink()).isEqualTo("http://localhost:8080/");
        assertThat(channel.getLanguage()).isEqualTo("fr");
        assertThat(channel.getItems()).hasSize(10);
        Item oldest = channel.getItems().get(9);
        assertThat(oldest.getTitle()).isEqualTo("BIENVENUE");
        assertThat(oldest.getLink()).isEqualTo("http://localhost:8080/blog/2009/03/bienvenue");
        assertThat(oldest.getPubDate()).isNotNull();
        assertThat(oldest.getCategories()).extracting(c -> c.getValue()).contains("association");
    }

    @Test
    void sitemapListsHomePagesAndEveryPublicPost() throws Exception {
        Document sitemap = parse(body("/sitemap.xml", "application/xml"));
        assertThat(sitemap.getDocumentElement().getNamespaceURI())
                .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        NodeList locations = sitemap.getElementsByTagNameNS("*", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            urls.add(locations.item(i).getTextContent());
        }
        assertThat(urls)
                .contains(
                        "http://localhost:8080/",
                        "http://localhost:8080/charte",
                        "http://localhost:8080/le-metier",
                        "http://localhost:8080/association",
                        "http://localhost:8080/adherer",
                        "http://localhost:8080/mentions-legales",
                        "http://localhost:8080/confidentialite",
                        "http://localhost:8080/accessibilite",
                        "http://localhost:8080/blog/2009/03/bienvenue");
        assertThat(urls.stream().filter(url -> url.contains("/blog/2009/"))).hasSize(10);
    }

    @Test
    void sitemapGivesDaysWithoutTheTimeTheSeedNeverGave() throws Exception {
        NodeList lastModified = parse(body("/sitemap.xml", "application/xml")).getElementsByTagNameNS("*", "lastmod");
        List<String> days = new ArrayList<>();
        for (int i = 0; i < lastModified.getLength(); i++) {
            days.add(lastModified.item(i).getTextContent());
        }
        assertThat(days).contains("2009-03-04", "2009-05-29").allMatch(day -> day.matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void robotsPointsToTheSitemapAndKeepsCrawlersOutOfAdmin() throws Exception {
        String robots = body("/robots.txt", "text/plain");
        assertThat(robots)
                .contains("Sitemap: http://localhost:8080/sitemap.xml")
                .contains("Disallow: /admin/")
                .contains("Disallow: /mes-donnees", "Disallow: /evenements/inscription/", "Disallow: /commentaires/");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
