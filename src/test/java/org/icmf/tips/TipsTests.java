package org.icmf.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import org.icmf.mail.TestMailServer;
import org.icmf.members.SignedInMember;
import org.icmf.membership.MembershipFixtures;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.AsyncEvents;
import org.icmf.support.FormStamps;
import org.icmf.support.PublicForms;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Members' tips: moderation of a member's first tip, tips published at once afterwards, readers' flags, "utile" once
 * per member, refused input, the site search, the board's rejection mail and the author's erasure.
 */
@SiteTest
class TipsTests {

    private static final BoardUser MODERATOR = new BoardUser(
            8383, "moderation@icmf.example", "Modératrice ICMF", "{noop}unused", true, EnumSet.of(Role.MODERATOR));
    private static final String DOMAIN = "@astuces.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MembershipApplications applications;

    @Autowired
    MembershipReview review;

    @Autowired
    TestMailServer smtp;

    @Autowired
    TipsPersonalData personalData;

    @AfterEach
    void removeTestData() {
        AsyncEvents.awaitHandled(jdbc);
        jdbc.sql("delete from tips_tip where title like '%(essai)'").update();
        jdbc.sql("delete from audit_entry where subject_type = 'tip'").update();
        MembershipFixtures.forgetAddressesOf(jdbc, DOMAIN);
    }

    /** A new member; returns their id. */
    private long member(String firstName, String email) {
        long application = MembershipFixtures.confirmedApplication(
                applications, jdbc, MembershipFixtures.applicantInTours(firstName, "Astuce", email + DOMAIN));
        review.accept(application, new Actor(8383L, "Modératrice ICMF"));
        return jdbc.sql("select id from membership_member where email = :email")
                .param("email", email + DOMAIN)
                .query(Long.class)
                .single();
    }

    /** The member's session, as the members' space's security chain reads it. */
    private static RequestPostProcessor as(long memberId) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInMember(memberId), null, List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
    }

    private MvcResult share(long memberId, String title, String label, String body) throws Exception {
        return mvc.perform(post("/espace-membre/astuces")
                        .with(as(memberId))
                        .with(csrf())
                        .param("title", title)
                        .param("label", label)
                        .param("body", body)
                        .param("stamp", FormStamps.shownSecondsAgo(30))
                        .param("website", ""))
                .andReturn();
    }

    private long labelId(String slug) {
        return jdbc.sql("select id from tips_label where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    private Tip tip(String title) {
        return jdbc.sql("select " + Tip.COLUMNS + Tip.FROM + "where t.title = :title")
                .param("title", title)
                .query(Tip::read)
                .single();
    }

    private long contentVersion() {
        return jdbc.sql("select version from content_version").query(Long.class).single();
    }

    private long tipCount() {
        return jdbc.sql("select count(*) from tips_tip").query(Long.class).single();
    }

    private MockHttpServletResponse page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    /** A tip of a member whose first tip the board approved: published at once. */
    private Tip publishedTip(long memberId, String title, String body) throws Exception {
        String first = "Première astuce du membre " + memberId + " (essai)";
        share(memberId, first, Long.toString(labelId("outils")), "Un premier texte.");
        approve(tip(first).id());
        share(memberId, title, Long.toString(labelId("moderation")), body);
        Tip tip = tip(title);
        assertThat(tip.status()).isEqualTo(TipStatus.PUBLISHED);
        return tip;
    }

    private void approve(long tipId) throws Exception {
        mvc.perform(post("/admin/astuces/" + tipId + "/approuver")
                .with(user(MODERATOR))
                .with(csrf()));
    }

    @Test
    void aMembersFirstTipWaitsForTheBoardAndTheirLaterTipsPublishAtOnce() throws Exception {
        long camille = member("Camille", "camille");
        MvcResult sent = share(
                camille,
                "Répondre vite aux avis négatifs (essai)",
                Long.toString(labelId("moderation")),
                "Répondez **en moins de 24 heures**, en public puis en privé.");
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/espace-membre/astuces");
        assertThat(sent.getFlashMap().get("flash")).isEqualTo("tips.submitted.pending");

        Tip first = tip("Répondre vite aux avis négatifs (essai)");
        assertThat(first.status()).isEqualTo(TipStatus.PENDING);
        assertThat(first.authorName()).isEqualTo("Camille A.");
        assertThat(first.bodyHtml()).contains("<strong>en moins de 24 heures</strong>");
        assertThat(page(first.url()).getStatus()).isEqualTo(404);
        assertThat(html(page("/astuces")).select("article.tip-summary h2").eachText())
                .doesNotContain(first.title());
        Document board = html(mvc.perform(get("/admin/astuces").with(user(MODERATOR)))
                .andReturn()
                .getResponse());
        assertThat(board.select("table.list td a").eachText()).contains(first.title());
        assertThat(html(mvc.perform(get("/admin").with(user(MODERATOR)))
                                .andReturn()
                                .getResponse())
                        .text())
                .contains("Astuces à relire");

        approve(first.id());
        MockHttpServletResponse published = page(first.url());
        assertThat(published.getStatus()).isEqualTo(200);
        assertThat(html(published).select("h1").text()).isEqualTo(first.title());
        assertThat(html(page("/astuces")).select("article.tip-summary h2").eachText())
                .contains(first.title());
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'tip' and subject_id = :id")
                        .param("id", first.id())
                        .query(String.class)
                        .list())
                .containsExactly("approved");

        MvcResult second = share(
                camille,
                "Un tableur pour le planning éditorial (essai)",
                Long.toString(labelId("outils")),
                "Une colonne par réseau.");
        assertThat(second.getFlashMap().get("flash")).isEqualTo("tips.submitted.published");
        Tip later = tip("Un tableur pour le planning éditorial (essai)");
        assertThat(later.status()).isEqualTo(TipStatus.PUBLISHED);
        assertThat(page(later.url()).getStatus()).isEqualTo(200);
        assertThat(html(page("/astuces?etiquette=outils"))
                        .select("article.tip-summary h2")
                        .eachText())
                .contains(later.title())
                .doesNotContain(first.title());
        assertThat(page("/sitemap.xml").getContentAsString())
                .contains("http://localhost:8080/astuces</loc>", "http://localhost:8080" + first.url() + "</loc>")
                .contains("http://localhost:8080" + later.url() + "</loc>");
    }

    @Test
    void readersFlagsSendAPublishedTipBackToTheBoard() throws Exception {
        long dominique = member("Dominique", "dominique");
        Tip tip = publishedTip(dominique, "Épingler la charte du groupe (essai)", "Épinglez-la en haut du groupe.");
        RequestPostProcessor sameReader = PublicForms.newClient();
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.perform(post(tip.url() + "/signaler")
                                    .with(csrf())
                                    .with(sameReader)
                                    .param("stamp", FormStamps.shownSecondsAgo(20))
                                    .param("website", ""))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
        }
        assertThat(tip(tip.title()).flagCount()).as("one reader counts once").isEqualTo(1);
        assertThat(page(tip.url()).getStatus()).isEqualTo(200);

        for (int i = 0; i < 2; i++) {
            mvc.perform(post(tip.url() + "/signaler")
                    .with(csrf())
                    .with(PublicForms.newClient())
                    .param("stamp", FormStamps.shownSecondsAgo(20))
                    .param("website", ""));
        }
        assertThat(tip(tip.title()).status()).isEqualTo(TipStatus.FLAGGED);
        assertThat(page(tip.url()).getStatus()).isEqualTo(404);
        assertThat(html(mvc.perform(get("/admin/astuces").with(user(MODERATOR)))
                                .andReturn()
                                .getResponse())
                        .select("table.list td a")
                        .eachText())
                .contains(tip.title());

        approve(tip.id());
        assertThat(tip(tip.title()).flagCount()).isZero();
        assertThat(page(tip.url()).getStatus()).isEqualTo(200);
    }

    @Test
    void aMemberMarksATipUsefulOnceAndAVisitorIsAskedToSignIn() throws Exception {
        long author = member("Alix", "alix");
        long reader = member("Sacha", "sacha");
        Tip tip = publishedTip(author, "Programmer les publications du week-end (essai)", "Le vendredi.");

        long version = contentVersion();
        MvcResult first = mvc.perform(post("/espace-membre/astuces/" + tip.id() + "/utile")
                        .with(as(reader))
                        .with(csrf()))
                .andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/espace-membre/astuces/" + tip.id());
        assertThat(first.getFlashMap().get("flash")).isEqualTo("tips.useful.marked");
        MvcResult again = mvc.perform(post("/espace-membre/astuces/" + tip.id() + "/utile")
                        .with(as(reader))
                        .with(csrf()))
                .andReturn();
        assertThat(again.getFlashMap().get("flash")).isEqualTo("tips.useful.already");
        assertThat(tip(tip.title()).usefulCount()).isEqualTo(1);
        assertThat(contentVersion())
                .as("a mark leaves the reader cache alone: the public count may lag")
                .isEqualTo(version);
        assertThat(html(mvc.perform(get("/espace-membre/astuces/" + tip.id()).with(as(reader)))
                                .andReturn()
                                .getResponse())
                        .text())
                .contains("Vous avez marqué cette astuce comme utile", "utile à 1 membre");

        MockHttpServletResponse visitor = mvc.perform(
                        post("/espace-membre/astuces/" + tip.id() + "/utile").with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(visitor.getStatus()).isEqualTo(302);
        assertThat(visitor.getRedirectedUrl()).endsWith("/espace-membre");
        assertThat(tip(tip.title()).usefulCount()).isEqualTo(1);

        assertThat(html(page("/astuces?tri=utiles"))
                        .select("article.tip-summary h2")
                        .eachText())
                .first()
                .isEqualTo(tip.title());
    }

    @Test
    void hostileAndWrongTypedTipsGetFrenchMessagesNextToTheirFieldsAndNothingIsStored() throws Exception {
        long member = member("Lou", "lou");
        long before = tipCount();

        Document tooLong = html(share(member, "T".repeat(121), Long.toString(labelId("outils")), "Un texte.")
                .getResponse());
        assertThat(tooLong.select("#title-erreur").text()).isEqualTo("Le titre ne peut pas dépasser 120 caractères.");

        Document nul = html(share(member, "\u0000\u0000\u0000", Long.toString(labelId("outils")), "\u0000")
                .getResponse());
        assertThat(nul.select("#title-erreur").text()).isEqualTo("Donnez un titre à votre astuce.");
        assertThat(nul.select("#body-erreur").text()).isEqualTo("Écrivez votre astuce.");

        Document label = html(share(member, "Une étiquette inventée (essai)", "abc", "Un texte.")
                .getResponse());
        assertThat(label.select("#label-erreur").text()).isEqualTo("Choisissez une étiquette dans la liste.");
        assertThat(label.select("#title").val()).isEqualTo("Une étiquette inventée (essai)");

        Document body = html(share(member, "Un long texte (essai)", Long.toString(labelId("outils")), "x".repeat(4001))
                .getResponse());
        assertThat(body.select("#body-erreur").text()).isEqualTo("L’astuce ne peut pas dépasser 4000 caractères.");

        assertThat(tipCount()).isEqualTo(before);
    }

    @Test
    void theSiteSearchFindsPublishedTipsBesideThePosts() throws Exception {
        long member = member("Noa", "noa");
        Tip tip = publishedTip(member, "Le mot zorglubesque (essai)", "Une astuce zorglubesque pour la veille.");
        share(member, "Zorglubesque en attente (essai)", Long.toString(labelId("outils")), "Zorglubesque.");
        mvc.perform(
                post("/admin/astuces/" + tip("Zorglubesque en attente (essai)").id() + "/retirer")
                        .with(user(MODERATOR))
                        .with(csrf()));

        Document results = html(page("/recherche?q=zorglubesque"));
        assertThat(results.select("section.search-group h2").text()).isEqualTo("Astuces des membres");
        assertThat(results.select("section.search-group h3 a").eachAttr("href")).containsExactly(tip.url());
        assertThat(results.select("section.search-group mark").eachText()).contains("zorglubesque");
    }

    @Test
    void aRejectedAuthorIsToldByMailWithoutTheirText() throws Exception {
        long member = member("Eden", "eden");
        share(member, "Une astuce refusée (essai)", Long.toString(labelId("juridique")), "Un texte très personnel.");
        Tip tip = tip("Une astuce refusée (essai)");
        MvcResult badEdit = mvc.perform(post("/admin/astuces/" + tip.id())
                        .with(user(MODERATOR))
                        .with(csrf())
                        .param("title", tip.title())
                        .param("label", "abc")
                        .param("body", "Un texte corrigé."))
                .andReturn();
        assertThat(html(badEdit.getResponse()).select("#label-erreur").text())
                .isEqualTo("Choisissez une étiquette dans la liste.");
        mvc.perform(post("/admin/astuces/" + tip.id())
                .with(user(MODERATOR))
                .with(csrf())
                .param("title", tip.title())
                .param("label", Long.toString(labelId("juridique")))
                .param("body", "Un texte très personnel, *corrigé*."));
        assertThat(tip(tip.title()).bodyHtml()).contains("<em>corrigé</em>");
        mvc.perform(post("/admin/astuces/" + tip.id() + "/refuser")
                .with(user(MODERATOR))
                .with(csrf()));
        assertThat(tip(tip.title()).status()).isEqualTo(TipStatus.REJECTED);
        smtp.deliver();
        List<MimeMessage> mails = smtp.receivedBy("eden" + DOMAIN).stream()
                .filter(mail -> {
                    try {
                        return mail.getSubject().equals("Votre astuce n'a pas été retenue");
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(mails).hasSize(1);
        assertThat((String) mails.get(0).getContent())
                .contains("Bonjour Eden")
                .doesNotContain("très personnel", tip.title());
        AsyncEvents.awaitHandled(jdbc);
        assertThat(jdbc.sql("select action || ' by ' || actor_name from audit_entry "
                                + "where subject_type = 'tip' and subject_id = :id order by id")
                        .param("id", tip.id())
                        .query(String.class)
                        .list())
                .containsExactly("edited by Modératrice ICMF", "rejected by Modératrice ICMF");
    }

    @Test
    void erasureKeepsPublishedTipsWithoutTheirAuthorAndKeepsTheUsefulCounts() throws Exception {
        long author = member("Maël", "mael");
        long reader = member("Robin", "robin");
        Tip tip = publishedTip(author, "Un glossaire partagé (essai)", "Un document commun.");
        share(author, "Une astuce retirée (essai)", Long.toString(labelId("outils")), "Texte.");
        mvc.perform(post("/admin/astuces/" + tip("Une astuce retirée (essai)").id() + "/retirer")
                .with(user(MODERATOR))
                .with(csrf()));
        mvc.perform(post("/espace-membre/astuces/" + tip.id() + "/utile")
                .with(as(author))
                .with(csrf()));
        mvc.perform(post("/espace-membre/astuces/" + tip.id() + "/utile")
                .with(as(reader))
                .with(csrf()));

        assertThat(personalData.find("mael" + DOMAIN))
                .extracting(record -> record.get("Titre"))
                .contains(tip.title(), "Une astuce retirée (essai)");

        personalData.erase("mael" + DOMAIN);

        Tip kept = tip(tip.title());
        assertThat(kept.authorName()).isNull();
        assertThat(kept.authorMemberId()).isNull();
        assertThat(kept.usefulCount()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from tips_useful where tip_id = :id")
                        .param("id", tip.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from tips_tip where title = 'Une astuce retirée (essai)'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(html(page(tip.url())).select(".tip-meta").text()).contains("Un membre");
        assertThat(personalData.find("mael" + DOMAIN)).isEmpty();
        assertThat(html(page("/confidentialite")).text())
                .contains("Astuce refusée par le bureau", "30 jours après la décision, puis effacée");
    }
}
