package org.icmf.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.icmf.blog.PostEditor;
import org.icmf.blog.PostForm;
import org.icmf.media.MediaLibrary;
import org.icmf.media.TestImages;
import org.icmf.pages.PageEditor;
import org.icmf.pages.PageForm;
import org.icmf.security.BoardAccounts;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.AsyncEvents;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log records each admin action of the other modules, and administrators read it at /admin/journal. */
@SiteTest
class AuditLogTests {

    private static final BoardUser ADMIN =
            new BoardUser(7001, "presidence@icmf.example", "Présidence", "{noop}unused", true, EnumSet.of(Role.ADMIN));
    private static final Actor EDITOR = new Actor(7002L, "Camille Rédaction");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PostEditor posts;

    @Autowired
    BoardAccounts accounts;

    private List<String> actionsOn(String type, long id) {
        AsyncEvents.awaitHandled(jdbc);
        return jdbc.sql("select action || ' by ' || actor_name from audit_entry where subject_type = :type "
                        + "and subject_id = :id order by occurred_at, id")
                .param("type", type)
                .param("id", id)
                .query(String.class)
                .list();
    }

    private Document journal(String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/journal" + query).with(user(ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private void entry(
            String type,
            String action,
            long subjectId,
            String label,
            long actorId,
            String actorName,
            String occurredAt) {
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor_account_id, actor_name, subject_type, action, subject_id,
                                         subject_label)
                values (cast(:at as timestamptz), :actorId, :actorName, :type, :action, :subjectId, :label)""")
                .param("at", occurredAt)
                .param("actorId", actorId)
                .param("actorName", actorName)
                .param("type", type)
                .param("action", action)
                .param("subjectId", subjectId)
                .param("label", label)
                .update();
    }

    @Test
    void recordsWhoCreatedPublishedTrashedAndRestoredAPost() {
        PostForm draft = new PostForm(
                "Journal : essai",
                "journal-essai-" + UUID.randomUUID().toString().substring(0, 8),
                "Texte.",
                "Camille",
                "",
                "",
                "",
                "",
                "DRAFT",
                "",
                null);
        long id = posts.create(draft, EDITOR);
        PostForm saved = posts.form(id);
        posts.update(
                id,
                new PostForm(
                        saved.title(),
                        saved.slug(),
                        saved.body(),
                        saved.authorName(),
                        "",
                        "",
                        "",
                        "",
                        "PUBLISHED",
                        "",
                        saved.version()),
                EDITOR);
        posts.trash(id, EDITOR);
        posts.untrash(id, new Actor(ADMIN.id(), ADMIN.displayName()));

        assertThat(actionsOn("post", id))
                .containsExactly(
                        "created by Camille Rédaction",
                        "published by Camille Rédaction",
                        "trashed by Camille Rédaction",
                        "untrashed by Présidence");
        jdbc.sql("delete from blog_post where id = :id").param("id", id).update();
    }

    @Test
    void recordsPageAndImageActions(@Autowired PageEditor pages, @Autowired MediaLibrary media) {
        long page = pages.create(
                new PageForm(
                        "Journal : page",
                        "journal-page-" + UUID.randomUUID().toString().substring(0, 8),
                        "",
                        "",
                        "",
                        "Texte.",
                        null),
                EDITOR);
        PageForm saved = pages.form(page);
        pages.update(
                page, new PageForm(saved.title(), saved.slug(), "", "", "", "Texte revu.", saved.version()), EDITOR);
        pages.trash(page, EDITOR);
        byte[] png = TestImages.png(3, 3, 77);
        long image = media.upload(new ByteArrayResource(png), png.length, "journal.png", "Essai", EDITOR)
                .imageId();
        media.delete(image, EDITOR);

        assertThat(actionsOn("page", page))
                .containsExactly(
                        "created by Camille Rédaction", "updated by Camille Rédaction", "trashed by Camille Rédaction");
        assertThat(actionsOn("image", image))
                .containsExactly("uploaded by Camille Rédaction", "deleted by Camille Rédaction");
        jdbc.sql("delete from site_page where id = :id").param("id", page).update();
    }

    @Test
    void recordsAccountCreationDeactivationAndPasswordChangesWithoutSecrets() {
        BoardUser member = accounts.create(
                "journal-" + UUID.randomUUID() + "@icmf.example",
                "Trésorerie",
                "phrase de passe initiale",
                EnumSet.of(Role.TREASURER),
                new Actor(ADMIN.id(), ADMIN.displayName()));
        accounts.changePassword(member.id(), "phrase de passe initiale", "nouvelle phrase de passe", null);
        accounts.update(
                member.id(),
                "Trésorerie",
                EnumSet.of(Role.TREASURER),
                false,
                new Actor(ADMIN.id(), ADMIN.displayName()));

        assertThat(actionsOn("account", member.id()))
                .containsExactly(
                        "created by Présidence", "password-changed by Trésorerie", "deactivated by Présidence");
        assertThat(jdbc.sql("select string_agg(subject_label, ' ') from audit_entry where subject_type = 'account' "
                                + "and subject_id = :id")
                        .param("id", member.id())
                        .query(String.class)
                        .single())
                .doesNotContain("@", "phrase");
    }

    @Test
    void showsTheLogNewestFirstInFrenchAndFiltersItByPersonKindActionAndDay() throws Exception {
        long subject = 900_000 + (long) (Math.random() * 90_000);
        entry("post", "published", subject, "Le Café de juin", 7101, "Dominique", "2031-06-02T10:00:00+02:00");
        entry("page", "updated", subject, "La charte", 7102, "Olivier", "2031-06-03T10:00:00+02:00");
        entry("post", "trashed", subject, "Le Café de juin", 7102, "Olivier", "2031-06-04T10:00:00+02:00");

        Document all = journal("?objet=" + subject);
        assertThat(all.select("tbody tr").eachText())
                .containsExactly(
                        "04/06/2031 10:00:00 Olivier a mis à la corbeille l'article Le Café de juin",
                        "03/06/2031 10:00:00 Olivier a modifié la page La charte",
                        "02/06/2031 10:00:00 Dominique a publié l'article Le Café de juin");
        assertThat(all.select("tbody tr a").first().attr("href")).isEqualTo("/admin/articles/" + subject);
        assertThat(all.select("#personne option").eachText()).contains("Dominique", "Olivier");

        assertThat(journal("?objet=" + subject + "&type=page")
                        .select("tbody tr")
                        .eachText())
                .containsExactly("03/06/2031 10:00:00 Olivier a modifié la page La charte");
        assertThat(journal("?objet=" + subject + "&personne=7101")
                        .select("tbody tr")
                        .eachText())
                .containsExactly("02/06/2031 10:00:00 Dominique a publié l'article Le Café de juin");
        assertThat(journal("?objet=" + subject + "&action=trashed").select("tbody tr"))
                .hasSize(1);
        assertThat(journal("?objet=" + subject + "&du=2031-06-03&au=2031-06-03")
                        .select("tbody tr")
                        .eachText())
                .containsExactly("03/06/2031 10:00:00 Olivier a modifié la page La charte");
        assertThat(journal("?objet=" + subject + "&type=comment").select("tbody tr"))
                .isEmpty();
    }

    @Test
    void reportsAnImpossibleDateNextToItsFieldAndKeepsTheOtherFilters() throws Exception {
        long subject = 990_000 + (long) (Math.random() * 9_000);
        entry("page", "updated", subject, "Adhérer", 7103, "Claude", "2031-07-01T09:00:00+02:00");

        Document page = journal("?objet=" + subject + "&du=2031-02-30&type=page");

        assertThat(page.select("#du-erreur").text())
                .isEqualTo("Date invalide : choisissez un jour dans le calendrier.");
        assertThat(page.select("#du").attr("value")).isEqualTo("2031-02-30");
        assertThat(page.select("#type option[selected]").text()).isEqualTo("Pages");
        assertThat(page.select("tbody tr")).hasSize(1);
        assertThat(journal("?personne=%27%20or%201%3D1--")
                        .select("#personne-erreur")
                        .text())
                .isEqualTo("Choisissez une personne dans la liste.");
    }

    @Test
    void dashboardShowsTheFiveNewestActionsNewestFirst() throws Exception {
        for (int day = 1; day <= 6; day++) {
            entry("post", "updated", 999_050 + day, "Dernière " + day, 7105, "Sacha", "2098-01-0" + day + "T09:00:00Z");
        }

        Document dashboard = Jsoup.parse(mvc.perform(get("/admin").with(user(ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(dashboard.select("ul.recent li").eachText())
                .extracting(text -> text.substring(text.indexOf('«')))
                .containsExactly(
                        "« Dernière 6 »", "« Dernière 5 »", "« Dernière 4 »", "« Dernière 3 »", "« Dernière 2 »");
    }

    @Test
    void pagesKeepTheFilters() throws Exception {
        long subject = 999_100 + (long) (Math.random() * 800);
        for (int i = 0; i < 51; i++) {
            entry("post", "updated", subject, "Article " + i, 7104, "Alix", "2031-08-01T09:00:%02d+02:00".formatted(i));
        }

        Document first = journal("?objet=" + subject + "&type=post");

        assertThat(first.select("tbody tr")).hasSize(50);
        assertThat(first.select(".pagination a[rel=next]").attr("href"))
                .isEqualTo("/admin/journal?objet=" + subject + "&type=post&page=2");
        assertThat(journal("?objet=" + subject + "&type=post&page=2").select("tbody tr"))
                .hasSize(1);
    }
}
