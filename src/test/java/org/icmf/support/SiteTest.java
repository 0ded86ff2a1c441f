package org.icmf.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port against the test PostgreSQL, with MockMvc and a SQL statement
 * counter; four search results a page so that the seed's ten posts paginate; the mail sender's schedule
 * slowed to once an hour, so that tests call {@code sendDue()} themselves and see the outbox as they left it;
 * renewal reminders due from the first day of the year, so that their test passes in early January too; a known key
 * for the forms' SpamGuard stamps, so that tests sign stamps of any age ({@link FormStamps}), and one forbidden word.
 * Every full test uses this one annotation so that they share one cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"icmf.blog.search-page-size=4", "icmf.mail.send-interval=1h",
                "icmf.membership.renewal-reminders-from=--01-01",
                "icmf.spam.form-key=" + FormStamps.KEY, "icmf.spam.forbidden-words=viagra"})
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
public @interface SiteTest {
}
