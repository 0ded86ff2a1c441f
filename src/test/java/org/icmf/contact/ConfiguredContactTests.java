package org.icmf.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.icmf.contact.ContactFixtures.Post;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.icmf.web.SpamGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The settings of the contact form: the board's own address ({@code ICMF_CONTACT_EMAIL}) replaces the
 * administrators' as recipient, and the forbidden words of {@code icmf.spam.forbidden-words} keep messages aside.
 * (A context of its own, for these two settings.)
 */
@SiteTest
@TestPropertySource(properties = {"icmf.contact.board-email=bureau" + ContactFixtures.DOMAIN,
        "icmf.spam.forbidden-words=viagra, casino en ligne"})
class ConfiguredContactTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SpamGuard guard;

    @AfterEach
    void removeTestData() {
        ContactFixtures.clean(jdbc);
    }

    private Post person() {
        return Post.from(ContactFixtures.address(), ContactFixtures.agedStamp(guard));
    }

    @Test
    void mailsTheBoardsOwnAddressRatherThanTheAdministrators(@Autowired BoardAccounts accounts) throws Exception {
        String admin = "admin-configure" + ContactFixtures.DOMAIN;
        if (!accounts.emailTaken(admin)) {
            accounts.create(admin, "Admin", "phrase de passe de l'administration", EnumSet.of(Role.ADMIN), Actor.SYSTEM);
        }

        mvc.perform(person().request());

        assertThat(ContactFixtures.recipientsOf(jdbc, "Message de contact")).containsExactly("bureau@contact.example");
        assertThat(ContactFixtures.recipientsOf(jdbc, "Votre message à l'ICMF")).containsExactly("camille@contact.example");
    }

    @Test
    void aForbiddenWordPutsTheMessageInTheSpamFolderWithoutAnyMail() throws Exception {
        mvc.perform(person().with("message", "Le meilleur CASINO en-ligne, sans les liens.").request());
        mvc.perform(person().with("email", "nom@contact.example").with("name", "Viagra").request());
        mvc.perform(person().with("email", "casino@contact.example").with("message", "Un casinoenligne n'est pas un mot interdit.")
                .request());

        assertThat(jdbc.sql("select sender_email || ' ' || folder from contact_message where sender_email like '%@contact.example' order by id")
                .query(String.class).list()).containsExactly("camille@contact.example SPAM", "nom@contact.example SPAM",
                "casino@contact.example INBOX");
        assertThat(ContactFixtures.recipientsOf(jdbc, "Message de contact")).containsExactly("bureau@contact.example");
    }
}
