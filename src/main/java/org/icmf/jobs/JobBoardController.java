package org.icmf.jobs;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.icmf.jobs.JobBoard.Filter;
import org.icmf.regions.Region;
import org.icmf.web.Feeds;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.icmf.web.Paging;
import org.icmf.web.SiteProperties;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /emplois}: the open offers, narrowed by kind, region or remote work; each offer's page with its schema.org
 * {@code JobPosting} data; the Atom feed of open offers. An offer closed or past its deadline answers 410 Gone with a
 * page that says so, as job boards do, so that search engines drop it while a reader following an old link learns
 * why.
 */
@Controller
class JobBoardController {

    static final String SLUG = "{slug:[a-z0-9]+(?:-[a-z0-9]+)*}";
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int FEED_SIZE = 50;

    private final JobBoard board;
    private final JobPostingData structuredData;
    private final JobsProperties properties;
    private final SiteProperties site;
    private final MessageSourceAccessor messages;

    JobBoardController(
            JobBoard board,
            JobPostingData structuredData,
            JobsProperties properties,
            SiteProperties site,
            MessageSourceAccessor messages) {
        this.board = board;
        this.structuredData = structuredData;
        this.properties = properties;
        this.site = site;
        this.messages = messages;
    }

    /** A filter's value that is none of its choices is ignored, as a reader's typo in an address should be. */
    @GetMapping("/emplois")
    String list(
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "teletravail", required = false) String remote,
            Pageable pageable,
            Model model) {
        Filter filter = new Filter(
                constant(OfferKind.values(), type).orElse(null),
                constant(Region.values(), region).orElse(null),
                "oui".equals(remote));
        var offers =
                Paging.existing(board.open(filter, PageRequest.of(pageable.getPageNumber(), properties.pageSize())));
        model.addAttribute("offers", offers);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute(
                "meta",
                (pageable.getPageNumber() > 0
                                ? PageMeta.titled("meta.jobs.list.page", String.valueOf(pageable.getPageNumber() + 1))
                                : PageMeta.titled("meta.jobs.list.title"))
                        .describedAs("meta.jobs.list.description")
                        .at("/emplois"));
        return "jobs/list";
    }

    private static <E extends Enum<E>> Optional<E> constant(E[] values, String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        return Arrays.stream(values).filter(value -> value.name().equals(typed)).findFirst();
    }

    @GetMapping("/emplois/" + SLUG)
    String offer(@PathVariable String slug, HttpServletResponse response, Model model) {
        Offer offer = board.bySlug(slug)
                .filter(found -> found.status() != OfferStatus.UNCONFIRMED
                        && found.status() != OfferStatus.PENDING
                        && found.status() != OfferStatus.REJECTED)
                .orElseThrow(() -> new NotFoundException("job offer " + slug));
        boolean open = offer.openOn(board.today());
        model.addAttribute("offer", offer);
        model.addAttribute("open", open);
        if (open) {
            model.addAttribute("structuredData", structuredData.of(offer));
            model.addAttribute(
                    "meta",
                    PageMeta.content(offer.title() + " — " + offer.organisation(), null)
                            .describedAs("meta.jobs.offer.description", offer.organisation())
                            .at(offer.path()));
        } else {
            response.setStatus(HttpStatus.GONE.value());
            response.setHeader("X-Robots-Tag", "noindex");
            model.addAttribute("meta", PageMeta.content(offer.title() + " — " + offer.organisation(), null));
        }
        return "jobs/offer";
    }

    @GetMapping("/emplois/feed.atom")
    ResponseEntity<String> feed() {
        List<Offer> offers = board.newest(FEED_SIZE);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(site.absoluteUrl("/emplois"));
        feed.setTitle(messages.getMessage("jobs.feed.title", new Object[] {site.shortName()}));
        feed.setDescription(messages.getMessage("jobs.feed.description", new Object[] {site.name()}));
        feed.setLanguage("fr");
        feed.setLink(site.absoluteUrl("/emplois"));
        feed.setLinks(List.of(
                Feeds.link("alternate", site.absoluteUrl("/emplois"), "text/html"),
                Feeds.link("self", site.absoluteUrl("/emplois/feed.atom"), null)));
        feed.setAuthor(site.name());
        feed.setPublishedDate(
                offers.isEmpty() ? new Date(0) : Date.from(offers.get(0).updatedAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Offer offer : offers) {
            SyndEntry entry = new SyndEntryImpl();
            String url = site.absoluteUrl(offer.path());
            entry.setUri(url);
            entry.setLink(url);
            entry.setTitle(offer.title() + " — " + offer.organisation());
            entry.setPublishedDate(Date.from(offer.publishedAt()));
            entry.setUpdatedDate(Date.from(offer.updatedAt()));
            entry.setAuthor(offer.organisation());
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(offer.descriptionHtml());
            entry.setContents(List.of(content));
            SyndCategoryImpl kind = new SyndCategoryImpl();
            kind.setName(messages.getMessage(offer.kind()));
            entry.setCategories(List.of(kind));
            entries.add(entry);
        }
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(ATOM).body(Feeds.write(feed));
    }
}
