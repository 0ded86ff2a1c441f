package org.icmf.sitemap;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.icmf.sitemap.spi.SitemapExtent;
import org.icmf.sitemap.spi.SitemapSource;
import org.icmf.web.Feeds;
import org.icmf.web.FrenchDates;
import org.icmf.web.NotFoundException;
import org.icmf.web.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9) from every feature's public pages, and {@code /robots.txt}. Past
 * {@code icmf.sitemap.urls-per-file} addresses, {@code /sitemap.xml} is an index of {@code /sitemap-1.xml},
 * {@code /sitemap-2.xml}…, each asking the sources only for its own slice. The reader cache keeps them all.
 */
@Controller
class SitemapController {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** More digits than any file number could have: no parsing of hostile lengths. */
    private static final int MAX_FILE_DIGITS = 6;

    /** The home page, first in the first file. */
    private static final SitemapSource HOME = new SitemapSource() {
        @Override
        public SitemapExtent sitemapExtent() {
            return new SitemapExtent(1, null);
        }

        @Override
        public List<Entry> sitemapEntries(int offset, int limit) {
            return offset == 0 && limit > 0 ? List.of(new Entry("/", null)) : List.of();
        }
    };

    private final List<SitemapSource> sources;
    private final SiteProperties site;
    private final FrenchDates dates;
    private final int urlsPerFile;

    SitemapController(List<SitemapSource> sources, SiteProperties site, FrenchDates dates, SitemapProperties sitemap) {
        this.sources = new ArrayList<>(List.of(HOME));
        this.sources.addAll(sources);
        this.site = site;
        this.dates = dates;
        this.urlsPerFile = sitemap.urlsPerFile();
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() throws XMLStreamException {
        List<Part> parts = parts();
        long total = total(parts);
        return xml(total <= urlsPerFile ? urlset(parts, 0, total) : index(parts, total));
    }

    /** One file of the index; 404 for a number that names none (past the end, zero, not a plain number). */
    @GetMapping(value = "/sitemap-{number}.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> file(@PathVariable String number) throws XMLStreamException {
        int file = fileNumber(number);
        List<Part> parts = parts();
        long total = total(parts);
        if (file < 1 || file > files(total)) {
            throw new NotFoundException("sitemap file " + number);
        }
        long from = (long) (file - 1) * urlsPerFile;
        return xml(urlset(parts, from, Math.min(from + urlsPerFile, total)));
    }

    /** The number written without a leading zero, or 0. */
    private static int fileNumber(String number) {
        if (number.isEmpty() || number.length() > MAX_FILE_DIGITS || number.charAt(0) == '0') {
            return 0;
        }
        for (int i = 0; i < number.length(); i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return 0;
            }
        }
        return Integer.parseInt(number);
    }

    private long files(long total) {
        return (total + urlsPerFile - 1) / urlsPerFile;
    }

    /** Each source with the position of its first entry among all. */
    private record Part(SitemapSource source, long start, SitemapExtent extent) {

        long end() {
            return start + extent.size();
        }
    }

    private List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        long start = 0;
        for (SitemapSource source : sources) {
            SitemapExtent extent = source.sitemapExtent();
            parts.add(new Part(source, start, extent));
            start += extent.size();
        }
        return parts;
    }

    private static long total(List<Part> parts) {
        return parts.isEmpty() ? 0 : parts.get(parts.size() - 1).end();
    }

    private String index(List<Part> parts, long total) throws XMLStreamException {
        return document("sitemapindex", xml -> {
            for (int file = 1; file <= files(total); file++) {
                long from = (long) (file - 1) * urlsPerFile;
                long to = Math.min(from + urlsPerFile, total);
                Instant lastModified = null;
                for (Part part : parts) {
                    Instant changed = part.extent().lastModified();
                    if (part.start() < to
                            && part.end() > from
                            && changed != null
                            && (lastModified == null || changed.isAfter(lastModified))) {
                        lastModified = changed;
                    }
                }
                // The newest change among the sources the file draws from: never older than the file's content.
                writeLocation(xml, "sitemap", "/sitemap-" + file + ".xml", lastModified);
            }
        });
    }

    /** The entries from position {@code from} (included) to {@code to} (excluded), each source asked for its slice. */
    private String urlset(List<Part> parts, long from, long to) throws XMLStreamException {
        return document("urlset", xml -> {
            for (Part part : parts) {
                long start = Math.max(from, part.start());
                long end = Math.min(to, part.end());
                if (start < end) {
                    for (SitemapSource.Entry entry : part.source()
                            .sitemapEntries(Math.toIntExact(start - part.start()), Math.toIntExact(end - start))) {
                        writeLocation(xml, "url", entry.path(), entry.lastModified());
                    }
                }
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String document(String root, Body body) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NS);
        body.write(xml);
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(body);
    }

    private void writeLocation(XMLStreamWriter xml, String element, String path, Instant lastModified)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("loc");
        xml.writeCharacters(Feeds.legalXml(site.absoluteUrl(path)));
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            // The day only (in the site's zone): the seed's posts have a date and no time, and search engines need no
            // more.
            xml.writeCharacters(dates.iso(dates.localDate(lastModified)));
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
