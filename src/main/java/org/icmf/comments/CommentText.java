package org.icmf.comments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A comment's plain text as HTML: everything is escaped first, so no markup anyone typed is ever rendered; then
 * web addresses become links marked {@code rel="nofollow ugc noopener"}, blank lines separate paragraphs and
 * line breaks are kept. Only {@code http://}, {@code https://} and {@code www.} addresses are links: a
 * {@code javascript:} address stays text.
 */
final class CommentText {

    static final String LINK_REL = "nofollow ugc noopener";

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    /** Read from the end, once: a pattern anchored at the end would be tried again from every character of a run. */
    private static final String TRAILING_PUNCTUATION = ".,;:!?'»)]}";

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern WEBSITE = Pattern.compile("(?i)https?://[^\\s<>\"']+");

    private CommentText() {}

    /** The text as safe HTML paragraphs. */
    static String html(String text) {
        String normalised = text == null
                ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalised.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(normalised)) {
            html.append("<p>")
                    .append(linkify(paragraph.strip()).replace("\n", "<br>\n"))
                    .append("</p>\n");
        }
        return html.toString().strip();
    }

    /** The start of a text on one line, for lists and e-mails. */
    static String excerpt(String text, int length) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (line.length() <= length) {
            return line;
        }
        int cut = line.lastIndexOf(' ', length - 1);
        return line.substring(0, cut > length / 2 ? cut : length - 1) + "…";
    }

    /** A website address that may be a link: http or https only, or null. */
    static String safeWebsite(String website) {
        return website != null && WEBSITE.matcher(website).matches() ? website : null;
    }

    private static String linkify(String text) {
        StringBuilder html = new StringBuilder();
        Matcher url = URL.matcher(text);
        int from = 0;
        while (url.find()) {
            String address = url.group();
            int end = address.length();
            while (end > 0 && TRAILING_PUNCTUATION.indexOf(address.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end < address.length()) {
                // A sentence's full stop or a closing bracket is not part of the address (unless it is balanced).
                String kept = address.substring(0, end);
                String cut = address.substring(end);
                if (cut.startsWith(")") && kept.contains("(")) {
                    kept = kept + ")";
                }
                address = kept;
            }
            if (address.length() <= 4 || address.equalsIgnoreCase("www.")) {
                continue;
            }
            html.append(escape(text.substring(from, url.start())));
            String href = address.regionMatches(true, 0, "www.", 0, 4) ? "https://" + address : address;
            html.append("<a href=\"")
                    .append(escape(href))
                    .append("\" rel=\"")
                    .append(LINK_REL)
                    .append("\">")
                    .append(escape(address))
                    .append("</a>");
            from = url.start() + address.length();
        }
        html.append(escape(text.substring(from)));
        return html.toString();
    }

    /** Escapes {@code < > & " '} only: accented letters stay as they are (the pages and feeds are UTF-8). */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
