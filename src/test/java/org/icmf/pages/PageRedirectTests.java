package org.icmf.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** When a page's slug changes, its old address answers 301 to the new one, until another page lives there. */
@SiteTest
class PageRedirectTests {

    private static final BoardUser EDITOR = new BoardUser(
            4281, "pages-adresses@icmf.example", "Pages ICMF", "{noop}unused", true, EnumSet.of(Role.EDITOR));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestPages() {
        jdbc.sql("delete from site_page where slug like 'essai-adresse%'").update();
    }

    /** Saves the page form ({@code id} null: a new page) and returns the page's id. */
    private long save(Long id, String slug) throws Exception {
        var request = post(id == null ? "/admin/pages/nouvelle" : "/admin/pages/" + id)
                .param("title", "Essai d’adresse")
                .param("slug", slug)
                .param("description", "")
                .param("body", "Texte de " + slug + ".")
                .param("navTitle", "")
                .param("navOrder", "")
                .param("action", "enregistrer")
                .with(user(EDITOR))
                .with(csrf());
        if (id != null) {
            request.param(
                    "version",
                    jdbc.sql("select version::text from site_page where id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getRedirectedUrl())
                .as(response.getContentAsString())
                .startsWith("/admin/pages/");
        return Long.parseLong(response.getRedirectedUrl().substring("/admin/pages/".length()));
    }

    private MockHttpServletResponse open(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @Test
    void leadsTheOldAddressesOfAPageToItsLastUntilAnotherPageTakesOne() throws Exception {
        long id = save(null, "essai-adresse-un");
        save(id, "essai-adresse-deux");
        save(id, "essai-adresse-trois");

        for (String old : new String[] {"/essai-adresse-un", "/essai-adresse-deux"}) {
            MockHttpServletResponse moved = open(old);
            assertThat(moved.getStatus()).as(old).isEqualTo(301);
            assertThat(moved.getHeader("Location")).as(old).endsWith("/essai-adresse-trois");
        }

        save(null, "essai-adresse-un");
        MockHttpServletResponse taken = open("/essai-adresse-un");
        assertThat(taken.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(taken.getContentAsString()).select("main").text())
                .contains("Texte de essai-adresse-un.");

        jdbc.sql("update site_page set trashed_at = now(), trashed_by_name = 'Essais' where id = :id")
                .param("id", id)
                .update();
        assertThat(open("/essai-adresse-deux").getStatus())
                .as("a page in the trash")
                .isEqualTo(404);
    }
}
