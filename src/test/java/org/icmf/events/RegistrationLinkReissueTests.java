package org.icmf.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Renvoyer" on a mail about a registration: its stored link is masked once sent, so the events module mails a fresh
 * personal link for the same registration (RegistrationLinkReissuer); nothing is left to re-issue once cancelled.
 */
@SiteTest
class RegistrationLinkReissueTests {

    private static final BoardUser ADMIN =
            new BoardUser(7204, "presidence@icmf.example", "Présidence", "{noop}unused", true, EnumSet.of(Role.ADMIN));
    private static final Pattern LINK = Pattern.compile("/evenements/inscription/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventEditor editor;

    @Autowired
    Registrations registrations;

    @AfterEach
    void removeTestEvents() {
        EventFixtures.removeTestEvents(jdbc);
        jdbc.sql("delete from mail_outbox where recipient like '%@renvoi.example'")
                .update();
    }

    private List<Long> mails(String email) {
        return jdbc.sql("select id from mail_outbox where recipient = :email order by id")
                .param("email", email)
                .query(Long.class)
                .list();
    }

    private String token(long mailId) {
        Matcher link = LINK.matcher(jdbc.sql("select body_text from mail_outbox where id = :id")
                .param("id", mailId)
                .query(String.class)
                .single());
        assertThat(link.find()).as("a personal link in mail " + mailId).isTrue();
        return link.group(1);
    }

    private Object resend(long mailId) throws Exception {
        jdbc.sql("update mail_outbox set status = 'FAILED', attempts = 6 where id = :id")
                .param("id", mailId)
                .update();
        return mvc.perform(post("/admin/courriels/" + mailId + "/renvoyer")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("flash");
    }

    @Test
    void mailsAFreshPersonalLinkForTheSameRegistration() throws Exception {
        long event = editor.create(EventFixtures.cafe("Essai renvoi", 20, 10, 0, null), EventFixtures.BOARD);
        registrations.addByBoard(event, new Registrant("Inès", "Martin", "ines@renvoi.example", null, 0));
        long first = mails("ines@renvoi.example").get(0);
        String oldToken = token(first);

        assertThat(resend(first)).isEqualTo("mail.reissued");

        List<Long> all = mails("ines@renvoi.example");
        assertThat(all).hasSize(2);
        String newToken = token(all.get(1));
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(registrations.view(newToken))
                .as("the new link opens the registration")
                .isPresent()
                .get()
                .extracting(view -> view.status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void refusesOnceTheRegistrationIsCancelled() throws Exception {
        long event = editor.create(EventFixtures.cafe("Essai renvoi annulé", 20, 10, 0, null), EventFixtures.BOARD);
        registrations.addByBoard(event, new Registrant("Alix", "Durand", "alix@renvoi.example", null, 0));
        long first = mails("alix@renvoi.example").get(0);
        registrations.cancel(token(first));
        int before = mails("alix@renvoi.example").size();

        assertThat(resend(first)).isEqualTo("mail.reissue.refused");
        assertThat(mails("alix@renvoi.example")).hasSize(before);
    }
}
