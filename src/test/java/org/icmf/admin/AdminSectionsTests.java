package org.icmf.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin menu and the dashboard come from the sections a member may open: each role sees its own entries and
 * panels, in the order the board knows, and nothing of the others.
 */
@SiteTest
class AdminSectionsTests {

    private static final List<String> EVERYONE_BEFORE = List.of("Tableau de bord");
    private static final List<String> EVERYONE_AFTER = List.of("Mot de passe", "Voir le site");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static BoardUser member(Set<Role> roles) {
        return new BoardUser(7401, "sections@icmf.example", "Sections", "{noop}unused", true, roles);
    }

    private Document page(String path, Set<Role> roles) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(member(roles))))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static List<String> menu(Document page) {
        return page.select("nav.site-nav a").eachText();
    }

    private static List<String> withEveryonesEntries(String... sections) {
        return Stream.of(EVERYONE_BEFORE, List.of(sections), EVERYONE_AFTER)
                .flatMap(List::stream)
                .toList();
    }

    @Test
    void showsEachRoleTheMenuEntriesAndDashboardPanelsOfItsSectionsOnly() throws Exception {
        Document editor = page("/admin", EnumSet.of(Role.EDITOR));
        assertThat(menu(editor))
                .isEqualTo(withEveryonesEntries("Articles", "Pages", "Événements", "Médias", "Lettres"));
        assertThat(editor.select("main h2").eachText()).containsExactly("Articles, pages et événements");

        Document moderator = page("/admin", EnumSet.of(Role.MODERATOR));
        assertThat(menu(moderator)).isEqualTo(withEveryonesEntries("Commentaires", "Astuces", "Emplois"));
        assertThat(moderator.select("main h2").eachText()).containsExactly("Commentaires", "Astuces", "Emplois");

        Document treasurer = page("/admin", EnumSet.of(Role.TREASURER));
        assertThat(menu(treasurer)).isEqualTo(withEveryonesEntries("Adhésions"));
        assertThat(treasurer.select("main h2").eachText()).containsExactly("Adhésions");
        assertThat(treasurer.select("main .dashboard a").eachAttr("href"))
                .containsExactly("/admin/adhesions?statut=PENDING", "/admin/membres", "/admin/cotisations");

        Document both = page("/admin", EnumSet.of(Role.TREASURER, Role.EDITOR));
        assertThat(menu(both))
                .isEqualTo(withEveryonesEntries("Articles", "Pages", "Événements", "Médias", "Adhésions", "Lettres"));
        assertThat(both.select("main h2").eachText()).containsExactly("Articles, pages et événements", "Adhésions");

        Document admin = page("/admin", EnumSet.of(Role.ADMIN));
        assertThat(menu(admin))
                .isEqualTo(withEveryonesEntries(
                        "Articles",
                        "Pages",
                        "Événements",
                        "Médias",
                        "Commentaires",
                        "Astuces",
                        "Adhésions",
                        "Messages",
                        "Lettres",
                        "Emplois",
                        "Trophées",
                        "Comptes",
                        "Journal",
                        "Courriels"));
        assertThat(admin.select("main h2").eachText())
                .containsExactly(
                        "Articles, pages et événements",
                        "Adhésions",
                        "Commentaires",
                        "Astuces",
                        "Emplois",
                        "Trophées",
                        "Messages",
                        "Dernières actions");

        Document nobody = page("/admin", EnumSet.noneOf(Role.class));
        assertThat(menu(nobody)).isEqualTo(withEveryonesEntries());
        assertThat(nobody.select("main h2")).isEmpty();
        assertThat(nobody.select("main p").text())
                .isEqualTo("Votre rôle ne donne accès à aucune rubrique de contenu pour le moment.");
    }

    @Test
    void showsTheEditorsTilesInTheirOrderWithTheirWordsAndButton() throws Exception {
        Document editor = page("/admin", EnumSet.of(Role.EDITOR));

        assertThat(editor.select("main .dashboard a").eachAttr("href"))
                .containsExactly(
                        "/admin/articles?statut=brouillon",
                        "/admin/articles?statut=programme",
                        "/admin/articles?statut=publie",
                        "/admin/articles/corbeille",
                        "/admin/evenements",
                        "/admin/pages/corbeille",
                        "/admin/lettres");
        assertThat(editor.select("main .dashboard span").eachText())
                .hasSize(7)
                .allSatisfy(label -> assertThat(label)
                        .matches("(brouillons?|articles? programmés?|articles? publiés?"
                                + "|articles? dans la corbeille|événements? à venir|pages? dans la corbeille"
                                + "|abonnés? à la lettre)"));
        assertThat(editor.select("main .toolbar a").eachText())
                .containsExactly("Écrire un article", "Créer un événement", "Modifier les pages");
        assertThat(editor.select("main .toolbar a.button").eachText()).containsExactly("Écrire un article");
    }

    @Test
    void marksTheMenuEntryOfThePagesSectionCurrent() throws Exception {
        assertThat(page("/admin/membres", EnumSet.of(Role.TREASURER))
                        .select("nav a[aria-current=page]")
                        .eachText())
                .containsExactly("Adhésions");
        assertThat(page("/admin/articles/nouveau", EnumSet.of(Role.ADMIN))
                        .select("nav a[aria-current=page]")
                        .eachText())
                .containsExactly("Articles");
        assertThat(page("/admin", EnumSet.of(Role.ADMIN))
                        .select("nav a[aria-current=page]")
                        .eachText())
                .containsExactly("Tableau de bord");
    }

    @Test
    void listsPostsAndPagesShowingAnImageWithoutTextAlternativeInOneList() throws Exception {
        // The latest saved, so that they are among the first listed even if other tests left flagged ones.
        long post = jdbc.sql("select id from blog_post where status <> 'TRASHED' order by updated_at desc, id desc "
                        + "limit 1")
                .query(Long.class)
                .single();
        long page = jdbc.sql("select id from site_page where trashed_at is null order by updated_at desc, id desc "
                        + "limit 1")
                .query(Long.class)
                .single();
        flagMissingAltText(post, page, true);
        try {
            Document editor = page("/admin", EnumSet.of(Role.EDITOR));

            assertThat(editor.select("main h3").eachText()).containsExactly("Images sans texte alternatif");
            List<String> links =
                    editor.select("ul[aria-labelledby=images-sans-alt] a").eachAttr("href");
            assertThat(links).contains("/admin/articles/" + post, "/admin/pages/" + page);
            assertThat(links.indexOf("/admin/articles/" + post)).isLessThan(links.indexOf("/admin/pages/" + page));
        } finally {
            flagMissingAltText(post, page, false);
        }
    }

    private void flagMissingAltText(long post, long page, boolean missing) {
        jdbc.sql("update blog_post set missing_alt_text = :missing where id = :id")
                .param("missing", missing)
                .param("id", post)
                .update();
        jdbc.sql("update site_page set missing_alt_text = :missing where id = :id")
                .param("missing", missing)
                .param("id", page)
                .update();
    }

    @Test
    void showsAdministratorsTheLatestActionsAsTheJournalWordsThem() throws Exception {
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor_account_id, actor_name, subject_type, action, subject_id,
                                         subject_label)
                values (cast('2099-01-02 09:30:00+01' as timestamptz), 7402, 'Camille Essai', 'post', 'published', 7403,
                        'Essai du tableau de bord')""").update();
        try {
            Document admin = page("/admin", EnumSet.of(Role.ADMIN));

            assertThat(admin.select("main .recent li").first().text())
                    .isEqualTo("02/01/2099 09:30 — Camille Essai a publié l'article « Essai du tableau de bord »");
            assertThat(admin.select("main a[href=/admin/journal]").eachText()).containsExactly("Tout le journal");
        } finally {
            jdbc.sql("delete from audit_entry where subject_id = 7403 and actor_account_id = 7402")
                    .update();
        }
    }
}
