package org.icmf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** A board member changes their own password at /admin/mot-de-passe. */
@SiteTest
class PasswordChangeTests {

    private static final String CURRENT = "mot de passe actuel solide";

    @Autowired
    MockMvc mvc;

    @Autowired
    BoardAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    private BoardUser member;

    @BeforeEach
    void createAMember() {
        member = accounts.create(
                "tresorerie-" + UUID.randomUUID() + "@icmf.example",
                "Trésorerie",
                CURRENT,
                EnumSet.of(Role.TREASURER),
                Actor.SYSTEM);
    }

    private MockHttpServletResponse change(String current, String newPassword, String confirmation) throws Exception {
        return mvc.perform(post("/admin/mot-de-passe")
                        .with(user(member))
                        .with(csrf())
                        .param("currentPassword", current)
                        .param("newPassword", newPassword)
                        .param("confirmation", confirmation))
                .andReturn()
                .getResponse();
    }

    private String storedHash() {
        return accounts.findById(member.id()).orElseThrow().passwordHash();
    }

    @Test
    void changesThePasswordWhenTheCurrentOneIsRight() throws Exception {
        MockHttpServletResponse response = change(CURRENT, "nouvelle phrase de passe", "nouvelle phrase de passe");
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
        assertThat(passwordEncoder.matches("nouvelle phrase de passe", storedHash()))
                .isTrue();
    }

    @Test
    void refusesAWrongCurrentPasswordNextToTheField() throws Exception {
        Document page = Jsoup.parse(change("pas le bon", "nouvelle phrase de passe", "nouvelle phrase de passe")
                .getContentAsString());
        assertThat(page.select("#currentPassword-erreur").text()).isEqualTo("Mot de passe actuel incorrect.");
        assertThat(page.select("#currentPassword").attr("aria-invalid")).isEqualTo("true");
        assertThat(passwordEncoder.matches(CURRENT, storedHash())).isTrue();
    }

    @Test
    void refusesAShortPasswordAndAMismatchedConfirmation() throws Exception {
        Document tooShort = Jsoup.parse(change(CURRENT, "court", "court").getContentAsString());
        assertThat(tooShort.select("#newPassword-erreur").text())
                .isEqualTo("Le nouveau mot de passe doit compter 12 caractères au moins.");

        Document mismatch = Jsoup.parse(change(CURRENT, "nouvelle phrase de passe", "autre phrase de passe")
                .getContentAsString());
        assertThat(mismatch.select("#confirmation-erreur").text())
                .isEqualTo("Les deux saisies du nouveau mot de passe diffèrent.");
        assertThat(passwordEncoder.matches(CURRENT, storedHash())).isTrue();
    }

    @Test
    void refusesAPasswordLongerThanBcryptReadsNextToTheField() throws Exception {
        // 36 accented letters are 72 bytes in UTF-8, all that bcrypt reads; one more and the end would be ignored.
        String tooLong = "é".repeat(37);
        Document page = Jsoup.parse(change(CURRENT, tooLong, tooLong).getContentAsString());
        assertThat(page.select("#newPassword-erreur").text())
                .isEqualTo("Le nouveau mot de passe est trop long : "
                        + "72 octets au plus (une lettre accentuée en compte 2, un emoji 4).");
        assertThat(Jsoup.parse(change(CURRENT, "x".repeat(1_000_000), "x").getContentAsString())
                        .select("#newPassword-erreur")
                        .text())
                .startsWith("Le nouveau mot de passe est trop long");
        assertThat(passwordEncoder.matches(CURRENT, storedHash())).isTrue();

        String longest = "é".repeat(36);
        assertThat(change(CURRENT, longest, longest).getRedirectedUrl()).isEqualTo("/admin");
        assertThat(passwordEncoder.matches(longest, storedHash())).isTrue();
        assertThat(passwordEncoder.matches("é".repeat(35) + "e", storedHash())).isFalse();
    }

    @Test
    void neverSendsTypedPasswordsBackInThePage() throws Exception {
        String html = change("pas le bon", "nouvelle phrase de passe", "nouvelle phrase de passe")
                .getContentAsString();
        assertThat(html).doesNotContain("pas le bon").doesNotContain("nouvelle phrase de passe");
    }
}
