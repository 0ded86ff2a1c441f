package org.icmf.sitemap;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.icmf.sitemap.spi.SitemapSource;
import org.icmf.web.Feeds;
import org.icmf.web.FrenchDates;
import org.icmf.web.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /sitemap.xml} (sitemaps.org 0.9) from every feature's public pages, and {@code /robots.txt}. */
@Controller
class SitemapController {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final List<SitemapSource> sources;
    private final SiteProperties site;
    private final FrenchDates dates;

    SitemapController(List<SitemapSource> sources, SiteProperties site, FrenchDates dates) {
        this.sources = sources;
        this.site = site;
        this.dates = dates;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NS);
        writeUrl(xml, new SitemapSource.Entry("/", null));
        for (SitemapSource source : sources) {
            for (SitemapSource.Entry entry : source.sitemapEntries()) {
                writeUrl(xml, entry);
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
    }

    private void writeUrl(XMLStreamWriter xml, SitemapSource.Entry entry) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(Feeds.legalXml(site.absoluteUrl(entry.path())));
        xml.writeEndElement();
        if (entry.lastModified() != null) {
            xml.writeStartElement("lastmod");
            // The day only (in the site's zone): the seed's posts have a date and no time, and search engines need no
            // more.
            xml.writeCharacters(dates.iso(dates.localDate(entry.lastModified())));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Crawlers skip the admin area, search results, comment forms and every page opened by a personal link. */
    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Disallow: /admin/
                Disallow: /recherche
                Disallow: /commentaires/
                Disallow: /mes-donnees
                Disallow: /contact/merci
                Disallow: /evenements/inscription/
                Disallow: /adherer/confirmation/
                Disallow: /adherer/rappels/

                Sitemap: %s
                """.formatted(site.absoluteUrl("/sitemap.xml"));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }
}
