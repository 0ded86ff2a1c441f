package org.icmf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The ADMIN manages board accounts at /admin/comptes. */
@SiteTest
class AccountManagementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BoardAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private BoardUser admin;

    @BeforeEach
    void createAnAdministrator() {
        jdbc.sql("delete from security_login_pair").update();
        jdbc.sql("delete from security_login_address").update();
        admin = accounts.create(
                "admin-" + UUID.randomUUID() + "@icmf.example",
                "Présidence",
                "phrase de passe présidence",
                EnumSet.of(Role.ADMIN),
                Actor.SYSTEM);
    }

    private MockHttpServletResponse createAccount(String email, String name, String password, String... roles)
            throws Exception {
        var request = post("/admin/comptes/nouveau")
                .with(user(admin))
                .with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("password", password);
        for (String role : roles) {
            request.param("roles", role);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void createsAnAccountWithSeveralRolesThatCanLogIn() throws Exception {
        String email = "bureau-" + UUID.randomUUID() + "@icmf.example";
        assertThat(createAccount(email, "Dominique Bureau", "phrase de passe initiale", "EDITOR", "MODERATOR")
                        .getRedirectedUrl())
                .isEqualTo("/admin/comptes");

        BoardUser created = accounts.loadUserByUsername(email);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.MODERATOR);
        assertThat(mvc.perform(post("/admin/connexion")
                                .param("email", email)
                                .param("password", "phrase de passe initiale")
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin");
        assertThat(Jsoup.parse(mvc.perform(get("/admin/comptes").with(user(admin)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("td")
                        .eachText())
                .contains("Dominique Bureau", email);
    }

    @Test
    void rejectsADuplicateEmailAShortPasswordAndNoRoleInFrench() throws Exception {
        Document page = Jsoup.parse(
                createAccount(admin.email().toUpperCase(), "Doublon", "court").getContentAsString());
        assertThat(page.select("#email-erreur").text()).isEqualTo("Un compte existe déjà avec cette adresse e-mail.");
        assertThat(page.select("#password-erreur").text())
                .isEqualTo("Le mot de passe initial doit compter 12 caractères au moins.");
        assertThat(page.select("#roles-erreur").text()).isEqualTo("Choisissez au moins un rôle.");
        assertThat(page.select("#displayName").val()).isEqualTo("Doublon");
    }

    @Test
    void refusesAnInitialPasswordLongerThanBcryptReadsNextToTheField() throws Exception {
        String email = "long-" + UUID.randomUUID() + "@icmf.example";
        for (String tooLong :
                new String[] {"a".repeat(73), "mot de passe 🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑", "x".repeat(1_000_000)}) {
            Document page = Jsoup.parse(
                    createAccount(email, "Trop long", tooLong, "EDITOR").getContentAsString());
            assertThat(page.select("#password-erreur").text())
                    .isEqualTo("Le mot de passe initial est trop long : "
                            + "72 octets au plus (une lettre accentuée en compte 2, un emoji 4).");
            assertThat(page.select("#displayName").val()).isEqualTo("Trop long");
        }
        assertThat(accounts.emailTaken(email)).isFalse();

        assertThat(createAccount(email, "Juste assez", "a".repeat(72), "EDITOR").getRedirectedUrl())
                .isEqualTo("/admin/comptes");
    }

    @Test
    void deactivatedAccountsCannotLogInAndGetTheGenericMessage() throws Exception {
        String email = "ancien-" + UUID.randomUUID() + "@icmf.example";
        BoardUser former = accounts.create(
                email, "Ancien membre", "phrase de passe ancienne", EnumSet.of(Role.EDITOR), Actor.SYSTEM);

        mvc.perform(post("/admin/comptes/" + former.id())
                .with(user(admin))
                .with(csrf())
                .param("email", email)
                .param("displayName", "Ancien membre")
                .param("roles", "EDITOR")
                .param("_active", "on"));

        assertThat(accounts.findById(former.id()).orElseThrow().active()).isFalse();
        assertThat(mvc.perform(post("/admin/connexion")
                                .param("email", email)
                                .param("password", "phrase de passe ancienne")
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin/connexion?erreur");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/admin/comptes/" + admin.id())
                        .with(user(admin))
                        .with(csrf())
                        .param("email", admin.email())
                        .param("displayName", "Présidence")
                        .param("roles", "EDITOR")
                        .param("active", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".form-error").text()).startsWith("Vous ne pouvez ni désactiver votre propre compte");
        assertThat(accounts.findById(admin.id()).orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void answersAnUnknownAccountWithNotFound() throws Exception {
        assertThat(mvc.perform(get("/admin/comptes/999999").with(user(admin)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
