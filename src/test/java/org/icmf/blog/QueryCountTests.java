package org.icmf.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.icmf.support.SiteTest;
import org.icmf.support.SqlStatementCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages run a small, fixed number of SQL statements whatever the number of posts, labels and comments they show:
 * page of posts, count, labels of all those posts in one batch, their comment counts in one statement, archive tree,
 * label counts (+ the label on a label page; previous, next and the comment thread with its switch on a post).
 */
@SiteTest
class QueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SqlStatementCounter statements;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/?page=2",
                "/blog/2009",
                "/blog/2009/03",
                "/blog/etiquettes/association",
                "/blog/2009/04/publication-au-journal-officiel",
                "/blog/feed.atom",
                "/recherche?q=community"
            })
    void listAndPostPagesRunAtMostSevenStatements(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isOk());
        statements.reset();

        mvc.perform(get(url)).andExpect(status().isOk());

        assertThat(statements.count()).as(url).isBetween(1, 7);
    }
}
