package org.icmf.blog;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.icmf.web.Feeds;
import org.icmf.web.SiteProperties;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Atom 1.0 and RSS 2.0 feeds of the newest posts, with absolute links, written by ROME through {@link Feeds}. */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final BlogService blog;
    private final SiteProperties site;
    private final MessageSourceAccessor messages;

    FeedController(BlogService blog, SiteProperties site, MessageSourceAccessor messages) {
        this.messages = messages;
        this.blog = blog;
        this.site = site;
    }

    @GetMapping("/blog/feed.atom")
    ResponseEntity<String> atom() {
        return ResponseEntity.ok().contentType(ATOM).body(feed("atom_1.0", "/blog/feed.atom"));
    }

    @GetMapping("/blog/feed.rss")
    ResponseEntity<String> rss() {
        return ResponseEntity.ok().contentType(RSS).body(feed("rss_2.0", "/blog/feed.rss"));
    }

    private String feed(String type, String selfPath) {
        List<BlogService.FeedEntry> entries = blog.feedEntries();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setUri(site.absoluteUrl("/"));
        feed.setTitle(messages.getMessage("blog.feed.title", new Object[] {site.name()}));
        feed.setDescription(messages.getMessage("blog.feed.description", new Object[] {site.name(), site.shortName()}));
        feed.setLanguage("fr");
        feed.setLink(site.absoluteUrl("/"));
        feed.setLinks(List.of(
                Feeds.link("alternate", site.absoluteUrl("/"), "text/html"),
                Feeds.link("self", site.absoluteUrl(selfPath), null)));
        feed.setAuthor(site.name());
        feed.setPublishedDate(
                entries.isEmpty() ? new Date(0) : Date.from(entries.get(0).updatedAt()));
        List<SyndEntry> items = new ArrayList<>();
        for (BlogService.FeedEntry entry : entries) {
            SyndEntry item = new SyndEntryImpl();
            String url = site.absoluteUrl(entry.url());
            item.setUri(url);
            item.setLink(url);
            item.setTitle(entry.title());
            item.setPublishedDate(Date.from(entry.publishedAt()));
            item.setUpdatedDate(Date.from(entry.updatedAt()));
            item.setAuthor(entry.authorName() == null ? site.name() : entry.authorName());
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(entry.contentHtml());
            if (type.startsWith("atom")) {
                item.setContents(List.of(content));
                SyndContent summary = new SyndContentImpl();
                summary.setType("text");
                summary.setValue(entry.summary());
                item.setDescription(summary);
            } else {
                item.setDescription(content);
            }
            List<SyndCategory> categories = new ArrayList<>();
            for (BlogViews.LabelRef label : entry.labels()) {
                SyndCategory category = new SyndCategoryImpl();
                category.setName(label.name());
                categories.add(category);
            }
            item.setCategories(categories);
            items.add(item);
        }
        feed.setEntries(items);
        return Feeds.write(feed);
    }
}
