package org.icmf.membership.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.regions.Region;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Renvoyer" on a confirmation mail that never arrived: the stored copy's link is masked, so the membership module
 * sends a new mail with a fresh link (ConfirmationLinkReissuer), and the old link stops working.
 */
@SiteTest
class ConfirmationLinkReissueTests {

    private static final BoardUser ADMIN =
            new BoardUser(7203, "presidence@icmf.example", "Présidence", "{noop}unused", true, EnumSet.of(Role.ADMIN));
    private static final Pattern LINK = Pattern.compile("/adherer/confirmation/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MembershipApplications applications;

    @AfterEach
    void removeTestApplications() {
        jdbc.sql("delete from mail_outbox where recipient like '%@relance.example'")
                .update();
        jdbc.sql("delete from membership_application where email like '%@relance.example'")
                .update();
    }

    private void apply(String email) {
        applications.apply(new Applicant(
                null,
                "Camille",
                "Essai",
                email,
                null,
                "1 rue",
                "37000",
                "Tours",
                "France",
                Region.CENTRE_VAL_DE_LOIRE,
                null,
                null,
                "Community manager",
                null,
                null,
                null,
                false,
                Set.of(),
                new BigDecimal("30"),
                false));
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
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** As the sender leaves it after the last attempt: given up (its link would be masked by then). */
    private void givenUp(long mailId) {
        jdbc.sql("update mail_outbox set status = 'FAILED', attempts = 6 where id = :id")
                .param("id", mailId)
                .update();
    }

    /** The flash message "Renvoyer" leaves. */
    private Object resend(long mailId) throws Exception {
        return mvc.perform(post("/admin/courriels/" + mailId + "/renvoyer")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("flash");
    }

    private Document page(long mailId) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/courriels/" + mailId).with(user(ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void sendsANewMailWithAFreshLinkAndTheOldLinkStopsWorking() throws Exception {
        apply("camille@relance.example");
        long first = mails("camille@relance.example").get(0);
        String oldToken = token(first);
        givenUp(first);
        Document failed = page(first);
        assertThat(failed.select("pre.mail-body").text())
                .contains("/adherer/confirmation/••••••")
                .doesNotContain(oldToken);
        assertThat(failed.select("#renvoi-explication").text()).contains("un nouveau courriel avec un lien neuf");

        assertThat(resend(first)).isEqualTo("mail.reissued");
        List<Long> all = mails("camille@relance.example");
        assertThat(all).hasSize(2);
        assertThat(jdbc.sql("select status from mail_outbox where id = :id")
                        .param("id", first)
                        .query(String.class)
                        .single())
                .as("the masked mail itself is not replayed")
                .isEqualTo("FAILED");
        String newToken = token(all.get(1));
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(applications.confirm(oldToken)).as("the old link").isEmpty();
        assertThat(applications.confirm(newToken)).as("the new link").isPresent();
    }

    @Test
    void refusesOnceTheApplicationIsConfirmedAndQueuesNothing() throws Exception {
        apply("alix@relance.example");
        long first = mails("alix@relance.example").get(0);
        assertThat(applications.confirm(token(first))).isPresent();
        givenUp(first);
        int before = mails("alix@relance.example").size();

        assertThat(resend(first)).isEqualTo("mail.reissue.refused");
        assertThat(mails("alix@relance.example")).hasSize(before);
    }
}
