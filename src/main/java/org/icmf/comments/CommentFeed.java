package org.icmf.comments;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.icmf.web.Feeds;
import org.icmf.web.SiteProperties;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject's approved comments as an Atom 1.0 feed written by ROME through {@link Feeds}, newest first. The
 * content is the same escaped, linked HTML as on the page; names are text, which ROME escapes as XML.
 */
@Component
class CommentFeed {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final JdbcClient jdbc;
    private final SiteProperties site;
    private final CommentsProperties properties;
    private final MessageSourceAccessor messages;

    CommentFeed(JdbcClient jdbc, SiteProperties site, CommentsProperties properties, MessageSourceAccessor messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.site = site;
        this.properties = properties;
    }

    private record Entry(
            long id, String authorName, boolean fromBoard, String body, Timestamp createdAt, Timestamp editedAt) {}

    @Transactional(readOnly = true)
    String atom(CommentSubject subject, String basePath) {
        List<Entry> entries = jdbc.sql("""
                select c.id, c.author_name, c.from_board, c.body, c.created_at, c.edited_at
                from comment c left join comment root on root.id = c.parent_id
                where c.subject_type = :type and c.subject_id = :id and c.status = 'APPROVED' and c.erased_at is null
                  and (c.parent_id is null or root.status = 'APPROVED')
                order by c.created_at desc, c.id desc
                limit :limit""")
                .param("type", subject.type())
                .param("id", subject.id())
                .param("limit", properties.feedSize())
                .query(Entry.class)
                .list();
        String page = site.absoluteUrl(subject.path());
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(site.absoluteUrl(basePath + "/feed.atom"));
        feed.setTitle(messages.getMessage("comment.feed.title", new Object[] {subject.title(), site.shortName()}));
        feed.setLanguage("fr");
        feed.setLink(page);
        feed.setLinks(List.of(
                Feeds.link("alternate", page, "text/html"),
                Feeds.link("self", site.absoluteUrl(basePath + "/feed.atom"), null)));
        feed.setAuthor(site.name());
        feed.setPublishedDate(
                entries.isEmpty()
                        ? new Date(0)
                        : Date.from(updated(entries.get(0)).toInstant()));
        List<SyndEntry> items = new ArrayList<>();
        for (Entry entry : entries) {
            SyndEntry item = new SyndEntryImpl();
            String url = page + "#commentaire-" + entry.id();
            String author = entry.fromBoard() ? entry.authorName() + " (" + site.shortName() + ")" : entry.authorName();
            item.setUri(url);
            item.setLink(url);
            item.setTitle(messages.getMessage("comment.feed.entry", new Object[] {author, subject.title()}));
            item.setAuthor(author);
            item.setPublishedDate(Date.from(entry.createdAt().toInstant()));
            item.setUpdatedDate(Date.from(updated(entry).toInstant()));
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(CommentText.html(entry.body()));
            item.setContents(List.of(content));
            items.add(item);
        }
        feed.setEntries(items);
        return Feeds.write(feed);
    }

    private static Timestamp updated(Entry entry) {
        return entry.editedAt() != null ? entry.editedAt() : entry.createdAt();
    }
}
