package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.List;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every list reads {@code ?page=N} counted from 1, as visitors count, and nothing else of the address: the number of
 * rows and their order are the list's own (spring.data.web.pageable.one-indexed-parameters, {@link ListPageResolver}).
 */
@SiteTest
class ListPagesTests {

    private static final BoardUser EDITOR =
            new BoardUser(4243, "pagination@icmf.example", "Pagination", "{noop}unused", true, EnumSet.of(Role.EDITOR));

    @Autowired
    MockMvc mvc;

    @Test
    void pageOneIsTheListItselfAndPageTwoTheRowsAfterIt() throws Exception {
        List<String> first = titles("/");

        assertThat(first).hasSize(5);
        assertThat(titles("/?page=1")).isEqualTo(first);
        assertThat(titles("/?page=2")).hasSize(5).doesNotContainAnyElementsOf(first);
        assertThat(html("/?page=2").select(".pagination-status").text()).isEqualTo("Page 2 sur 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "2147483647"})
    void answersAPageBeforeTheFirstOrBeyondAnyOffsetWithNotFound(String page) throws Exception {
        assertThat(status("/?page=" + page)).isEqualTo(404);
        assertThat(status("/admin/articles?page=" + page)).isEqualTo(404);
        assertThat(status("/recherche?q=community&page=" + page)).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "99999999999", "1.5", "%00"})
    void answersAPageNumberThatIsNotANumberWithABadRequest(String page) throws Exception {
        assertThat(status("/?page=" + page)).isEqualTo(400);
        assertThat(status("/admin/articles?page=" + page)).isEqualTo(400);
    }

    @Test
    void answersABlankPageNumberWithTheFirstPage() throws Exception {
        assertThat(titles("/?page=")).isEqualTo(titles("/"));
    }

    @Test
    void ignoresASizeOrAnOrderAskedByTheAddress() throws Exception {
        List<String> list = adminTitles("/admin/articles");

        assertThat(list).hasSizeBetween(10, 20);
        assertThat(adminTitles("/admin/articles?size=1")).isEqualTo(list);
        assertThat(adminTitles("/admin/articles?size=100000")).isEqualTo(list);
        assertThat(adminTitles("/admin/articles?sort=title,asc")).isEqualTo(list);
        assertThat(adminTitles("/admin/articles?sort=password,desc")).isEqualTo(list);
    }

    private List<String> titles(String url) throws Exception {
        return html(url).select(".post-summary .post-title").eachText();
    }

    private List<String> adminTitles(String url) throws Exception {
        String body = mvc.perform(get(url).with(user(EDITOR)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(body).select("tbody tr td:first-child").eachText();
    }

    private Document html(String url) throws Exception {
        var response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private int status(String url) throws Exception {
        return mvc.perform(get(url).with(user(EDITOR)))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
