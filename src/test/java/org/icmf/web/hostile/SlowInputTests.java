package org.icmf.web.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.icmf.security.BoardAccounts;
import org.icmf.support.SiteTest;
import org.icmf.web.hostile.Forms.Form;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Values crafted to make a backtracking pattern run for hours (16 000 dots then {@code <} up to 1 MB; a web address of
 * a million labels; a million digits in a number field) sent to every field of every form, one at a time: each answer
 * comes well within 5 s and is never a server error. Catastrophic backtracking takes minutes, so the generous timeout
 * cannot flake; {@code src/test/bench} measures the real times.
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlowInputTests {

    private static final int MEGABYTE = 1 << 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    BoardAccounts accounts;

    private Map<String, Long> before;

    @BeforeAll
    void remember() {
        before = Forms.lastIds(jdbc);
        Forms.signInAdministrator(accounts);
    }

    @AfterAll
    void deleteWhatTheTestsCreated() {
        Forms.deleteCreatedSince(jdbc, before);
    }

    static String crafted(boolean number, boolean website) {
        if (number) {
            return "9".repeat(MEGABYTE);
        }
        if (website) {
            return "a" + ".a".repeat(MEGABYTE / 2 - 2) + " <";
        }
        return ".".repeat(16_000) + "<".repeat(MEGABYTE - 16_000);
    }

    @Test
    void answersAMegabyteInEveryFieldWithinSeconds() {
        SoftAssertions softly = new SoftAssertions();
        List<Form> forms = Forms.covering(mappings, Forms.all(jdbc, 999_999_999L, "essai-lent"));
        for (Form form : forms) {
            for (String field : form.happy().keySet()) {
                String value =
                        crafted(form.numbers().contains(field), form.websites().contains(field));
                String what = form + " " + field;
                int status = assertTimeoutPreemptively(
                        Duration.ofSeconds(5),
                        () -> Forms.status(mvc, form.request(Map.of(field, List.of(value))), softly, what),
                        what);
                softly.assertThat(status).as(what).isLessThan(500);
            }
        }
        softly.assertAll();
    }
}
