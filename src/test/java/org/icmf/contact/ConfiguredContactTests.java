package org.icmf.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.EnumSet;
import org.icmf.contact.ContactFixtures.Post;
import org.icmf.mail.MailOutbox;
import org.icmf.regions.RegionalRepresentatives;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.icmf.web.FrenchDates;
import org.icmf.web.SiteProperties;
import org.icmf.web.SpamGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The settings of the contact form: the board's own address ({@code ICMF_CONTACT_EMAIL}) replaces the
 * administrators' as recipient, and the forbidden words of {@code icmf.spam.forbidden-words} ({@code @SiteTest} sets
 * two) keep messages aside. The address is given to a {@link ContactMail} of the test's own, so that the shared
 * context keeps mailing the administrators.
 */
@SiteTest
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
        return Post.from(ContactFixtures.address(), ContactFixtures.agedStamp());
    }

    @Test
    void mailsTheBoardsOwnAddressRatherThanTheAdministrators(
            @Autowired BoardAccounts accounts,
            @Autowired ContactProperties properties,
            @Autowired MailOutbox outbox,
            @Autowired RegionalRepresentatives representatives,
            @Autowired FrenchDates dates,
            @Autowired SiteProperties site,
            @Autowired ContactMessageRepository messages,
            @Autowired MessageSourceAccessor texts,
            @Autowired Clock clock,
            @Autowired PlatformTransactionManager transactions)
            throws Exception {
        String admin = "admin-configure" + ContactFixtures.DOMAIN;
        if (!accounts.emailTaken(admin)) {
            accounts.create(
                    admin, "Admin", "phrase de passe de l'administration", EnumSet.of(Role.ADMIN), Actor.SYSTEM);
        }
        ContactMail withBoardAddress = new ContactMail(
                outbox,
                accounts,
                representatives,
                new ContactProperties("bureau" + ContactFixtures.DOMAIN, properties.retention(), properties.pageSize()),
                dates,
                site,
                jdbc,
                messages,
                guard,
                texts,
                clock);
        mvc.perform(person().request());
        assertThat(ContactFixtures.recipientsOf(jdbc, "Message de contact"))
                .as("unset: every active administrator")
                .contains(admin)
                .doesNotContain("bureau" + ContactFixtures.DOMAIN);
        assertThat(ContactFixtures.recipientsOf(jdbc, "Votre message à l'ICMF"))
                .containsExactly("camille@contact.example");
        long message = jdbc.sql("select id from contact_message where sender_email = 'camille@contact.example'")
                .query(Long.class)
                .single();
        long lastMail =
                jdbc.sql("select max(id) from mail_outbox").query(Long.class).single();

        new TransactionTemplate(transactions)
                .executeWithoutResult(status ->
                        withBoardAddress.deliver(messages.findById(message).orElseThrow()));

        assertThat(jdbc.sql("select recipient from mail_outbox where id > :last and subject like 'Message de contact%'")
                        .param("last", lastMail)
                        .query(String.class)
                        .list())
                .containsExactly("bureau@contact.example");
    }

    @Test
    void aForbiddenWordPutsTheMessageInTheSpamFolderWithoutAnyMail() throws Exception {
        mvc.perform(person().with("message", "Le meilleur CASINO en-ligne, sans les liens.")
                .request());
        mvc.perform(person().with("email", "nom@contact.example")
                .with("name", "Viagra")
                .request());
        mvc.perform(person().with("email", "casino@contact.example")
                .with("message", "Un casinoenligne n'est pas un mot interdit.")
                .request());

        assertThat(jdbc.sql(
                                "select sender_email || ' ' || folder from contact_message where sender_email like '%@contact.example' order by id")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "camille@contact.example SPAM", "nom@contact.example SPAM", "casino@contact.example INBOX");
        assertThat(jdbc.sql("""
                select distinct m.sender_email from contact_message m join contact_message_mail l on l.message_id = m.id
                where m.sender_email like '%@contact.example'""").query(String.class).list())
                .as("messages that caused mails")
                .containsExactly("casino@contact.example");
    }
}
