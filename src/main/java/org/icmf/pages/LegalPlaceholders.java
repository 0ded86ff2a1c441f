package org.icmf.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.icmf.web.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Facts a page's free text must not get wrong, written in its Markdown as placeholders such as {@code {{hebergeur}}}
 * and filled from the configuration when the page is shown: the publication director, the host, and the retention
 * periods and cookies each module declares ({@link PrivacyFacts}) from the settings its own jobs use. They are
 * filled in the sanitised HTML, as text nodes and elements built here (values escaped), so nothing the board or the
 * configuration writes can add markup. A table-sized placeholder must stand alone in its paragraph, which it
 * replaces; an unknown name stays as typed.
 */
@Component
class LegalPlaceholders {

    /** Names are short lower-case words joined by hyphens: a bounded class, nothing to backtrack on. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z-]{1,40})}}");

    private static final Locale FRENCH = Locale.FRENCH;
    /** Placeholders that stand alone in a paragraph, rendered by the fragments of {@code pages/placeholders.html}. */
    private static final List<String> BLOCKS = List.of("hebergeur", "durees-conservation", "cookies");

    /** A placeholder the editor lists; {@code value} is what an inline one shows now (null for a block). */
    record Placeholder(String name, boolean block, String value) {}

    private final LegalProperties legal;
    private final SiteProperties site;
    private final ObjectProvider<PrivacyFacts> facts;
    private final MessageSource messages;
    private final ITemplateEngine templates;

    LegalPlaceholders(
            LegalProperties legal,
            SiteProperties site,
            ObjectProvider<PrivacyFacts> facts,
            MessageSource messages,
            ITemplateEngine templates) {
        this.legal = legal;
        this.site = site;
        this.facts = facts;
        this.messages = messages;
        this.templates = templates;
    }

    /** Inline placeholders: words within a sentence. */
    private Map<String, Supplier<List<Node>>> inline() {
        Map<String, Supplier<List<Node>>> inline = new LinkedHashMap<>();
        inline.put(
                "directeur-publication",
                () -> text(legal.director().name() + ", " + legal.director().role()));
        inline.put("contact-publication", this::directorContact);
        inline.put("telephone", () -> text(legal.phone()));
        inline.put("siege", () -> text(site.streetAddress() + ", " + site.postalCode() + " " + site.city()));
        inline.put("adresse-site", () -> text(site.baseUrl().toString()));
        inline.put(
                "journaux-serveur", () -> text(FrenchDates.duration(legal.host().logRetention())));
        return inline;
    }

    List<Placeholder> available() {
        List<Placeholder> available = new ArrayList<>();
        inline().forEach((name, nodes) -> available.add(new Placeholder(
                name,
                false,
                nodes.get().stream().map(LegalPlaceholders::plainText).reduce("", String::concat))));
        BLOCKS.forEach(name -> available.add(new Placeholder(name, true, null)));
        return available;
    }

    /** The sanitised HTML of a page with its placeholders filled. */
    String fill(String safeHtml) {
        if (safeHtml == null || !safeHtml.contains("{{")) {
            return safeHtml;
        }
        Element body = Jsoup.parseBodyFragment(safeHtml).body();
        body.ownerDocument().outputSettings().prettyPrint(false);
        // A table is filled once a page: a repeat stays as typed, so that a body of thousands of "{{cookies}}"
        // costs one table, not thousands.
        Set<String> filledBlocks = new HashSet<>();
        for (Element paragraph : body.select("p")) {
            Matcher whole = PLACEHOLDER.matcher(paragraph.text().strip());
            if (paragraph.children().isEmpty()
                    && whole.matches()
                    && BLOCKS.contains(whole.group(1))
                    && filledBlocks.add(whole.group(1))) {
                for (Node node : block(whole.group(1))) {
                    paragraph.before(node);
                }
                paragraph.remove();
            }
        }
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof TextNode text && text.getWholeText().contains("{{")) {
                        texts.add(text);
                    }
                },
                body);
        Map<String, Supplier<List<Node>>> inline = inline();
        texts.forEach(text -> fillInline(text, inline));
        return body.html();
    }

    private static void fillInline(TextNode text, Map<String, Supplier<List<Node>>> inline) {
        String whole = text.getWholeText();
        Matcher placeholder = PLACEHOLDER.matcher(whole);
        List<Node> filled = new ArrayList<>();
        int from = 0;
        while (placeholder.find()) {
            Supplier<List<Node>> nodes = inline.get(placeholder.group(1));
            if (nodes != null) {
                filled.add(new TextNode(whole.substring(from, placeholder.start())));
                filled.addAll(nodes.get());
                from = placeholder.end();
            }
        }
        if (from == 0) {
            return;
        }
        filled.add(new TextNode(whole.substring(from)));
        filled.forEach(text::before);
        text.remove();
    }

    private List<Node> block(String name) {
        Context context = new Context(FRENCH);
        context.setVariable("host", legal.host());
        context.setVariable("retentions", retentions());
        context.setVariable("cookies", cookies());
        String html = templates.process("pages/placeholders", Set.of(name), context);
        return new ArrayList<>(Jsoup.parseBodyFragment(html).body().childNodes());
    }

    record RetentionRow(String data, String period) {}

    record CookieRow(String name, String purpose, String lifetime) {}

    /** Every module's retention periods, in the modules' order, then the host's server logs. */
    List<RetentionRow> retentions() {
        List<PrivacyFacts.Retention> all = new ArrayList<>();
        facts.orderedStream().forEach(source -> all.addAll(source.retentions()));
        all.add(new PrivacyFacts.Retention(
                "privacy.retention.host.logs", FrenchDates.duration(legal.host().logRetention())));
        return all.stream()
                .map(retention -> new RetentionRow(
                        message(retention.key(), List.of()),
                        message(retention.key() + ".period", retention.arguments())))
                .toList();
    }

    List<CookieRow> cookies() {
        return facts.orderedStream()
                .flatMap(source -> source.cookies().stream())
                .map(cookie -> new CookieRow(
                        cookie.name(),
                        message(cookie.key(), List.of()),
                        message(cookie.key() + ".lifetime", cookie.arguments())))
                .toList();
    }

    private String message(String key, List<String> arguments) {
        return messages.getMessage(key, arguments.toArray(), FRENCH);
    }

    private List<Node> directorContact() {
        String email = legal.director().email();
        if (email == null || email.isBlank()) {
            return List.of(
                    new Element("a").attr("href", "/contact").text(message("page.placeholder.contactForm", List.of())));
        }
        return List.of(new Element("a").attr("href", "mailto:" + email.strip()).text(email.strip()));
    }

    private static List<Node> text(String text) {
        return List.of(new TextNode(text));
    }

    private static String plainText(Node node) {
        return node instanceof TextNode text ? text.getWholeText() : ((Element) node).text();
    }
}
