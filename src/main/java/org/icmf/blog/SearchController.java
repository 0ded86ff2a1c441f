package org.icmf.blog;

import java.util.List;
import org.icmf.blog.spi.SearchSource;
import org.icmf.web.PageMeta;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /recherche?q=…}: blank and over-long queries get a polite French message (a code of
 * messages.properties) next to the field, not an error.
 */
@Controller
class SearchController {

    private final PostSearch search;
    private final BlogService blog;
    private final BlogProperties properties;
    private final ObjectProvider<SearchSource> otherSources;

    SearchController(
            PostSearch search, BlogService blog, BlogProperties properties, ObjectProvider<SearchSource> otherSources) {
        this.search = search;
        this.blog = blog;
        this.properties = properties;
        this.otherSources = otherSources;
    }

    @GetMapping("/recherche")
    String search(@RequestParam(name = "q", required = false) String q, Pageable page, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("maxQueryLength", properties.maxQueryLength());
        model.addAttribute("sidebar", blog.sidebar());
        model.addAttribute(
                "meta",
                (query.isEmpty()
                                ? PageMeta.titled("meta.blog.search.title")
                                : PageMeta.titled("meta.blog.search.query.title", query))
                        .describedAs("meta.blog.search.description")
                        .at("/recherche"));
        if (query.isEmpty()) {
            model.addAttribute("problem", q == null ? null : "search.blank");
        } else if (query.length() > properties.maxQueryLength()) {
            model.addAttribute("problem", "search.tooLong");
        } else {
            model.addAttribute("results", search.search(query, page));
            // The other groups (the tips) are a few best matches each, on the first page only.
            model.addAttribute(
                    "otherResults",
                    page.getPageNumber() == 0
                            ? otherSources
                                    .orderedStream()
                                    .map(source -> source.search(query))
                                    .toList()
                            : List.of());
        }
        return "blog/search";
    }
}
