package org.icmf.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.icmf.mail.TestMailServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port against the test PostgreSQL, with MockMvc, a SQL statement counter and an
 * SMTP server ({@link TestMailServer}); four search results a page so that the seed's ten posts paginate; no
 * scheduled job, so that tests run the jobs themselves (the mail sender: {@link TestMailServer#deliver()}) and see
 * the outbox and the tables as they left them; renewal reminders due from the first day of the year, so that their
 * test passes in early January too; the reader cache checking the content version before every answer, so that a
 * page shows what a test just changed; every repository's queries parsed and checked when the context starts, not on
 * first use as the site does; a known key for the forms' SpamGuard stamps, so that tests sign stamps of any age
 * ({@link FormStamps}), and two forbidden words.
 * Every full test, browser journeys included, uses this one annotation so that they share one cached Spring context:
 * a test needing another setting changes it for itself (a bean of its own built from the context's), never by
 * property annotations that would start a second context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "icmf.blog.search-page-size=4",
            "icmf.scheduling.enabled=false",
            "icmf.cache.check-interval=0s",
            "spring.mail.host=127.0.0.1",
            "icmf.membership.renewal-reminders-from=--01-01",
            "icmf.spam.form-key=" + FormStamps.KEY,
            "icmf.spam.forbidden-words=viagra, casino en ligne",
            "spring.data.jpa.repositories.bootstrap-mode=default"
        })
@AutoConfigureMockMvc
@Import({SqlStatementCounter.class, TestMailServer.class})
public @interface SiteTest {}
