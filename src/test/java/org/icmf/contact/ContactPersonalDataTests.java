package org.icmf.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.contact.ContactFixtures.Post;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.PublicForms;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** RGPD: "Mes données" shows a sender's contact messages with the board's replies, and erases them. */
@SiteTest
class ContactPersonalDataTests {

    private static final BoardUser ADMIN =
            new BoardUser(7373, "admin@icmf.example", "Claude Admin", "{noop}unused", true, EnumSet.of(Role.ADMIN));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestData() {
        ContactFixtures.clean(jdbc);
    }

    private String personalDataLink(String email) {
        String body = jdbc.sql(
                        "select body_text from mail_outbox where recipient = :email and subject like 'Vos données%'")
                .param("email", email)
                .query(String.class)
                .single();
        Matcher link = Pattern.compile("http://localhost:8080(/mes-donnees/[A-Za-z0-9_-]{43})")
                .matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void showsASendersMessagesAndRepliesThenErasesThemWithEveryMailTheyCaused() throws Exception {
        mvc.perform(Post.from(ContactFixtures.address(), ContactFixtures.agedStamp())
                .with("email", "Ines@contact.example")
                .with("name", "Inès Vidal")
                .with("message", "Ma question personnelle sur l'adhésion.")
                .with("topic", "MEMBERSHIP")
                .request());
        long id = jdbc.sql("select id from contact_message where sender_email = 'ines@contact.example'")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/messages/" + id + "/repondre")
                .with(user(ADMIN))
                .with(csrf())
                .param("text", "Voici notre réponse personnelle."));
        List<Long> mails = jdbc.sql("select mail_id from contact_message_mail where message_id = :id")
                .param("id", id)
                .query(Long.class)
                .list();

        mvc.perform(PublicForms.askForPersonalData("ines@contact.example"));
        String link = personalDataLink("ines@contact.example");
        Document page =
                Jsoup.parse(mvc.perform(get(link)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h2").eachText()).contains("Messages envoyés par le formulaire de contact");
        assertThat(page.text())
                .contains(
                        "Inès Vidal",
                        "Ma question personnelle sur l'adhésion.",
                        "Adhésion",
                        "Réponse du bureau",
                        "Voici notre réponse personnelle.",
                        "Claude Admin");
        assertThat(page.text())
                .as("dates as French people write them")
                .containsPattern("Envoyé le:? ?\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

        mvc.perform(post(link + "/effacer").with(csrf()).param("confirm", "oui"));

        assertThat(jdbc.sql("select count(*) from contact_message where lower(sender_email) = 'ines@contact.example'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from contact_reply where message_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where id in (:ids)")
                        .param("ids", mails)
                        .query(Long.class)
                        .single())
                .as("the board's copies too")
                .isZero();
    }
}
