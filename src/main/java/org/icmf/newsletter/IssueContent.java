package org.icmf.newsletter;

import java.util.List;

/**
 * An issue as its mail and its archive page show it. Links are absolute: the same fragment renders the mail.
 *
 * @param number null until the issue is sent
 * @param introductionMarkdown the plain-text part's introduction (Markdown reads well as text)
 */
record IssueContent(
        long id,
        Integer number,
        String title,
        String introductionHtml,
        String introductionMarkdown,
        List<Item> posts,
        List<Item> events) {

    /** A post or an event the issue presents, as it was when picked. */
    record Item(String reference, String title, String href, String detail, String summary) {}

    boolean isEmpty() {
        return posts.isEmpty() && events.isEmpty();
    }
}
