package org.icmf.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.icmf.sitemap.spi.SitemapSource;
import org.icmf.support.SiteTest;
import org.icmf.web.FrenchDates;
import org.icmf.web.NotFoundException;
import org.icmf.web.SiteProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A sitemap of any size: one file at the seed's, an index of files past the page size, each file its own slice. */
@SiteTest
class SitemapIndexTests {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Autowired
    MockMvc mvc;

    @Autowired
    List<SitemapSource> sources;

    @Autowired
    SiteProperties site;

    @Autowired
    FrenchDates dates;

    @LocalServerPort
    int port;

    /** The site's sitemap with another page size, without another Spring context. */
    private SitemapController sitemapOf(int urlsPerFile) {
        return new SitemapController(sources, site, dates, new SitemapProperties(urlsPerFile));
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedsSiteKeepsOneSitemap() throws Exception {
        Document sitemap = parse(body("/sitemap.xml"));

        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(locations(sitemap)).hasSizeGreaterThan(10).doesNotHaveDuplicates();
    }

    @Test
    void pastItsPageSizeTheSitemapIsAnIndexOfFilesThatTogetherListEveryAddressOnce() throws Exception {
        List<String> everything = locations(parse(body("/sitemap.xml")));
        SitemapController small = sitemapOf(5);

        Document index = parse(small.sitemap().getBody());

        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        List<String> files = locations(index);
        int expectedFiles = (everything.size() + 4) / 5;
        assertThat(files).hasSize(expectedFiles);
        assertThat(files.get(0)).isEqualTo("http://localhost:8080/sitemap-1.xml");
        assertThat(files.get(expectedFiles - 1)).isEqualTo("http://localhost:8080/sitemap-" + expectedFiles + ".xml");
        NodeList entries = index.getElementsByTagNameNS(NS, "sitemap");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(entry.getElementsByTagNameNS(NS, "lastmod").item(0).getTextContent())
                    .matches("\\d{4}-\\d{2}-\\d{2}");
        }
        List<String> listed = new ArrayList<>();
        for (int file = 1; file <= expectedFiles; file++) {
            Document urlset = parse(small.file(String.valueOf(file)).getBody());
            assertThat(urlset.getDocumentElement().getLocalName()).isEqualTo("urlset");
            List<String> urls = locations(urlset);
            assertThat(urls).hasSize(file < expectedFiles ? 5 : everything.size() - 5 * (expectedFiles - 1));
            listed.addAll(urls);
        }
        assertThat(listed).containsExactlyElementsOf(everything);
        assertThatThrownBy(() -> small.file(String.valueOf(expectedFiles + 1))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void answersNotFoundForAFileItDoesNotHave() throws Exception {
        assertThat(parse(body("/sitemap-1.xml")).getDocumentElement().getLocalName())
                .isEqualTo("urlset");
        for (String path : List.of(
                "/sitemap-2.xml",
                "/sitemap-0.xml",
                "/sitemap-01.xml",
                "/sitemap--1.xml",
                "/sitemap-1e3.xml",
                "/sitemap-99999999999999999999999999.xml",
                "/sitemap-x.xml",
                "/sitemap-" + "9".repeat(5000) + ".xml")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
    }

    @Test
    void theReaderCacheKeepsTheSitemapAndItsFiles() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/sitemap.xml", "/sitemap-1.xml")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build();
            HttpResponse<String> first = client.send(request, HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> second = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.headers().firstValue("X-Cache")).hasValue("HIT");
            assertThat(second.body()).isEqualTo(first.body()).contains("<urlset");
        }
    }

    private static List<String> locations(Document document) {
        NodeList locations = document.getElementsByTagNameNS(NS, "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            urls.add(locations.item(i).getTextContent());
        }
        return urls;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
