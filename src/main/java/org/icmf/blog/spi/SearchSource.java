package org.icmf.blog.spi;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Another module's public texts found by the site search ({@code /recherche}), shown as a group of their own under
 * the posts on the first page of results. A source searches with PostgreSQL full-text ({@code icmf_french}, the words
 * through {@code websearch_to_tsquery} as a bind parameter), on an index, ranks no more than a bounded number of
 * matches and counts no further than it shows, as the posts' search does; it highlights with {@link #START} and
 * {@link #STOP} as {@code ts_headline} markers, turned into {@code <mark>} by {@link #highlight}.
 */
public interface SearchSource {

    /** Markers {@code ts_headline} puts around matches; control characters cannot come from stored text. */
    String START = "\u0002";

    String STOP = "\u0003";

    /** {@code ts_headline} options of an excerpt. */
    String EXCERPT_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** {@code ts_headline} options of a title. */
    String TITLE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

    /** The best matches of {@code query} (stripped, non-blank, within the search's length). */
    SearchGroup search(String query);

    /** Escapes everything, then turns the match markers into {@code <mark>}. */
    static String highlight(String marked) {
        return HtmlUtils.htmlEscape(marked).replace(START, "<mark>").replace(STOP, "</mark>");
    }

    /**
     * @param headingKey the group's heading, a key of messages.properties
     * @param more       whether more matched than {@code hits} shows
     * @param moreLink   where readers find the rest
     */
    record SearchGroup(String headingKey, List<Hit> hits, boolean more, String moreLink) {}

    /** @param titleHtml and {@code excerptHtml} escaped, with {@code <mark>} around the matches */
    record Hit(String titleHtml, String url, LocalDate date, String excerptHtml) {}
}
