package org.icmf.web;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writing XML feeds (Atom, RSS with ROME; the sitemap) that stay well-formed whatever the stored texts hold: the
 * characters XML 1.0 forbids (C0 controls but TAB, LF and CR; U+FFFE, U+FFFF; unpaired surrogates) are removed
 * when a feed is written, since older rows, imports or a form that let one through may hold them.
 */
public final class Feeds {

    private Feeds() {}

    /** The feed as XML, every text of it cleaned of characters XML 1.0 forbids. */
    public static String write(SyndFeed feed) {
        clean(feed::getTitle, feed::setTitle);
        clean(feed::getDescription, feed::setDescription);
        cleanCreators(feed.getModule(DCModule.URI));
        feed.getAuthors().forEach(Feeds::clean);
        feed.getLinks().forEach(Feeds::clean);
        for (SyndEntry entry : feed.getEntries()) {
            clean(entry::getTitle, entry::setTitle);
            cleanCreators(entry.getModule(DCModule.URI));
            entry.getAuthors().forEach(Feeds::clean);
            clean(entry::getLink, entry::setLink);
            clean(entry::getUri, entry::setUri);
            if (entry.getDescription() != null) {
                clean(entry.getDescription());
            }
            entry.getContents().forEach(Feeds::clean);
            for (SyndCategory category : entry.getCategories()) {
                clean(category::getName, category::setName);
            }
        }
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Feed " + feed.getUri() + " could not be written", e);
        }
    }

    public static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    /** {@code text} without the characters XML 1.0 forbids; the same string when it holds none. */
    public static String legalXml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder legal = null;
        int i = 0;
        while (i < text.length()) {
            int length = legalAt(text, i);
            if (length == 0 && legal == null) {
                legal = new StringBuilder(text.length()).append(text, 0, i);
            } else if (length > 0 && legal != null) {
                legal.append(text, i, i + length);
            }
            i += Math.max(length, 1);
        }
        return legal == null ? text : legal.toString();
    }

    /** The length (1 or 2 chars) of the legal character at {@code i}, or 0 when the char there is not legal. */
    private static int legalAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 0;
        }
        boolean legal =
                c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
        return legal ? 1 : 0;
    }

    private static void clean(Supplier<String> getter, Consumer<String> setter) {
        String text = getter.get();
        String legal = legalXml(text);
        if (legal != text) {
            setter.accept(legal);
        }
    }

    /** ROME keeps a feed's or entry's author as a Dublin Core creator, which {@code setAuthor} never overwrites. */
    private static void cleanCreators(Module module) {
        if (module instanceof DCModule dublinCore) {
            dublinCore.setCreators(
                    dublinCore.getCreators().stream().map(Feeds::legalXml).toList());
        }
    }

    private static void clean(SyndPerson person) {
        clean(person::getName, person::setName);
        clean(person::getEmail, person::setEmail);
        clean(person::getUri, person::setUri);
    }

    private static void clean(SyndContent content) {
        clean(content::getValue, content::setValue);
    }

    private static void clean(SyndLink link) {
        clean(link::getHref, link::setHref);
        clean(link::getTitle, link::setTitle);
    }
}
