package org.icmf.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icmf.comments.CommentSections;
import org.icmf.security.SecurityConfiguration;
import org.icmf.web.NavigationSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The page controller alone, behind the site's security rules: URL shape, rendering in the layout, French 404. */
@WebMvcTest(PageController.class)
@Import(SecurityConfiguration.class)
class PageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PageService pages;

    /** The comment section under the page: none here (the mock answers null). */
    @MockitoBean
    CommentSections comments;

    /** Stands in for the account-backed login, which this slice does not load. */
    @MockitoBean
    AuthenticationManager authenticationManager;

    @Test
    void rendersAPageInTheSiteLayoutWithItsMetadata() throws Exception {
        given(pages.findBySlug("charte"))
                .willReturn(Optional.of(new PageService.PageView(
                        1,
                        "charte",
                        "La charte éthique",
                        "Les principes du label.",
                        "<p>Ne pas se faire passer pour un consommateur</p>",
                        Instant.parse("2009-03-13T11:00:00Z"))));
        given(pages.navigationLinks())
                .willReturn(List.of(new NavigationSource.Link("La charte", "/charte", 2, List.of("/charte/"))));

        Document page = Jsoup.parse(mvc.perform(get("/charte"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.title()).isEqualTo("La charte éthique — ICMF");
        assertThat(page.select("main h1").text()).isEqualTo("La charte éthique");
        assertThat(page.select("main .page-body p").text()).isEqualTo("Ne pas se faire passer pour un consommateur");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Les principes du label.");
        assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("La charte");
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#contenu");
    }

    @Test
    void answersAnUnknownPageWithTheFrenchNotFoundPage() throws Exception {
        given(pages.findBySlug("inconnue")).willReturn(Optional.empty());

        Document page = Jsoup.parse(mvc.perform(get("/inconnue"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo("Page introuvable");
    }

    @Test
    void neverLooksUpSlugsThatCannotBePages() throws Exception {
        mvc.perform(get("/Charte")).andExpect(status().isNotFound());
        mvc.perform(get("/charte--x")).andExpect(status().isNotFound());
        mvc.perform(get("/charte'or'1'='1")).andExpect(status().isNotFound());
        verify(pages, never()).findBySlug(anyString());
    }
}
