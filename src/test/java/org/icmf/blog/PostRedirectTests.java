package org.icmf.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
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

/**
 * When a published post's slug or month changes, its old address answers 301 to the new one, through the reader
 * cache, however many times it moved, until another post lives there or the post is no longer public.
 */
@SiteTest
class PostRedirectTests {

    private static final BoardUser EDITOR = new BoardUser(
            4261, "adresses@icmf.example", "Adresses ICMF", "{noop}unused", true, EnumSet.of(Role.EDITOR));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestPosts() {
        jdbc.sql("delete from blog_post where slug like 'essai-adresse%'").update();
    }

    /** Saves the post form ({@code id} null: a new post) and returns the post's id. */
    private long save(Long id, String slug, String status, String publishAt) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Essai d’adresse");
        fields.put("slug", slug);
        fields.put("body", "Texte de " + slug + ".");
        fields.put("labels", "");
        fields.put("authorName", "Adresses ICMF");
        fields.put("sourceLabel", "");
        fields.put("sourceUrl", "");
        fields.put("coverImage", "");
        fields.put("status", status);
        fields.put("publishAt", publishAt);
        fields.put("action", "enregistrer");
        if (id != null) {
            fields.put(
                    "version",
                    jdbc.sql("select version::text from blog_post where id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single());
        }
        var request = post(id == null ? "/admin/articles/nouveau" : "/admin/articles/" + id)
                .with(user(EDITOR))
                .with(csrf());
        fields.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getRedirectedUrl())
                .as(response.getContentAsString())
                .startsWith("/admin/articles/");
        return Long.parseLong(response.getRedirectedUrl().substring("/admin/articles/".length()));
    }

    private MockHttpServletResponse open(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private String bodyAt(String path) throws Exception {
        MockHttpServletResponse response = open(path);
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString()).select(".post-body").text();
    }

    @Test
    void answersTheOldAddressesOfAPublishedPostWith301ToTheLastEvenWhenCached() throws Exception {
        long id = save(null, "essai-adresse-a", "PUBLISHED", "2025-03-10T10:00");
        assertThat(bodyAt("/blog/2025/03/essai-adresse-a")).isEqualTo("Texte de essai-adresse-a.");

        save(id, "essai-adresse-b", "PUBLISHED", "2025-03-10T10:00");
        save(id, "essai-adresse-c", "PUBLISHED", "2025-04-02T10:00");

        for (String old : new String[] {"/blog/2025/03/essai-adresse-a", "/blog/2025/03/essai-adresse-b"}) {
            MockHttpServletResponse moved = open(old);
            assertThat(moved.getStatus()).as(old).isEqualTo(301);
            assertThat(moved.getHeader("Location")).as(old).endsWith("/blog/2025/04/essai-adresse-c");
        }
        assertThat(bodyAt("/blog/2025/04/essai-adresse-c")).isEqualTo("Texte de essai-adresse-c.");
        assertThat(open("/blog/2025/03/essai-adresse-z").getStatus()).isEqualTo(404);
    }

    @Test
    void stopsRedirectingAnOldAddressAnotherPostNowHas() throws Exception {
        long first = save(null, "essai-adresse-ancienne", "PUBLISHED", "2025-05-10T10:00");
        save(first, "essai-adresse-nouvelle", "PUBLISHED", "2025-05-10T10:00");
        assertThat(open("/blog/2025/05/essai-adresse-ancienne").getStatus()).isEqualTo(301);

        save(null, "essai-adresse-ancienne", "PUBLISHED", "2025-05-20T10:00");

        assertThat(bodyAt("/blog/2025/05/essai-adresse-ancienne")).isEqualTo("Texte de essai-adresse-ancienne.");
        assertThat(jdbc.sql(
                                "select count(*) from blog_post_redirect where old_path = '/blog/2025/05/essai-adresse-ancienne'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void leadsNowhereFromAPostThatIsNotPublic() throws Exception {
        long draft = save(null, "essai-adresse-brouillon", "DRAFT", "2025-06-10T10:00");
        save(draft, "essai-adresse-brouillon-2", "DRAFT", "2025-06-10T10:00");
        assertThat(open("/blog/2025/06/essai-adresse-brouillon").getStatus()).isEqualTo(404);

        long unpublished = save(null, "essai-adresse-retiree", "PUBLISHED", "2025-06-12T10:00");
        save(unpublished, "essai-adresse-retiree-2", "PUBLISHED", "2025-06-12T10:00");
        assertThat(open("/blog/2025/06/essai-adresse-retiree").getStatus()).isEqualTo(301);
        save(unpublished, "essai-adresse-retiree-2", "DRAFT", "2025-06-12T10:00");

        assertThat(open("/blog/2025/06/essai-adresse-retiree").getStatus()).isEqualTo(404);
    }
}
