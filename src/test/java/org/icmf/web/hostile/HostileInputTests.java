package org.icmf.web.hostile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
import org.icmf.security.BoardAccounts;
import org.icmf.security.BoardUser;
import org.icmf.support.SiteTest;
import org.icmf.web.hostile.Forms.Form;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A hostile corpus — very long, NUL, control and bidi characters, a lone surrogate, emoji, SQL, script, format
 * strings, wrong types, a parameter sent twice or missing — against every field of every form, public and admin, one
 * field at a time, the others as a person would fill them ({@link Forms}); the members' space's forms with a signed-in
 * member's session. Never a server error; when the form comes
 * back (or a 4xx), nothing stored has changed; when the form is accepted, nothing stored holds a control character.
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    BoardAccounts accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MembershipApplications applications;

    @Autowired
    MembershipReview review;

    private StoredTables stored;
    private List<Form> forms;
    private BoardUser admin;
    private Map<String, Long> before;

    @BeforeAll
    void createTheEventToRegisterFor() throws Exception {
        before = Forms.lastIds(jdbc);
        stored = new StoredTables(jdbc, transactions);
        admin = Forms.signInAdministrator(accounts);
        Forms.signInMember(mvc, jdbc, applications, review);
        forms = Forms.covering(mappings, Forms.all(jdbc, 0, "x"));
        Form newEvent = forms.stream()
                .filter(form -> form.path().equals("/admin/evenements/nouveau"))
                .findFirst()
                .orElseThrow();
        mvc.perform(newEvent.request(Map.of("title", List.of("Café hostile")))).andReturn();
        var event = jdbc.sql("select id, slug from event where title = 'Café hostile' order by id desc limit 1")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .single();
        forms = Forms.covering(mappings, Forms.all(jdbc, event.getKey(), event.getValue()));
    }

    @AfterAll
    void deleteWhatTheTestsCreated() {
        Forms.deleteCreatedSince(jdbc, before);
    }

    /** A hostile value for a field, given the field's happy value and whether it holds a number or a web address. */
    record Hostile(String name, Function<Field, List<String>> values) {

        @Override
        public String toString() {
            return name;
        }
    }

    record Field(String name, String happy, boolean number, boolean website) {}

    static Stream<Arguments> corpus() {
        return Stream.of(
                hostile(
                        "very long",
                        field -> List.of((field.number() ? "9" : field.website() ? "www.a" : "é").repeat(20_000))),
                hostile("NUL", field -> List.of(field.happy() + "\u0000", "\u0000")),
                hostile("control characters", field -> List.of(field.happy() + "\u0001\u0007\u001b[31m\u007f\u0085")),
                hostile("bidi overrides", field -> List.of("\u202E" + field.happy() + "\u2066x\u2069")),
                hostile("lone surrogate", field -> List.of(field.happy() + "\uD800")),
                hostile("emoji", field -> List.of(field.happy() + " 😀👩‍👩‍👧")),
                hostile("SQL", field -> List.of("'; drop table blog_post; --", "1 or 1=1")),
                hostile("script", field -> List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>")),
                hostile("format strings", field -> List.of("%s%n%x{0}${x}#{x}[[${x}]]")),
                hostile("wrong types", field -> List.of("abc", "-1", "1e9999", "99999999999999999999", "true,false")),
                hostile("blank", field -> List.of("", "   \t")),
                hostile("sent twice", field -> null),
                hostile("missing", field -> null));
    }

    private static Arguments hostile(String name, Function<Field, List<String>> values) {
        return Arguments.of(new Hostile(name, values));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void neverFailsNorStoresWhatItRefuses(Hostile hostile) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Form form : forms) {
            for (Map.Entry<String, String> happy : form.happy().entrySet()) {
                Field field = new Field(
                        happy.getKey(),
                        happy.getValue(),
                        form.numbers().contains(happy.getKey()),
                        form.websites().contains(happy.getKey()));
                for (List<String> sent : sent(hostile, field)) {
                    send(softly, form, field.name(), sent);
                }
            }
        }
        softly.assertAll();
    }

    private static List<List<String>> sent(Hostile hostile, Field field) {
        return switch (hostile.name()) {
            case "sent twice" -> List.of(List.of(field.happy(), field.happy()), List.of(field.happy(), "autre"));
            case "missing" -> Collections.singletonList(null);
            default -> hostile.values().apply(field).stream().map(List::of).toList();
        };
    }

    private void send(SoftAssertions softly, Form form, String field, List<String> values) {
        StoredTables.Contents before = stored.of(form.tables());
        Map<String, List<String>> changed = new HashMap<>();
        changed.put(field, values);
        String what = form + " " + field + "=" + shortened(values);
        int status = Forms.status(mvc, form.request(changed), softly, what);
        softly.assertThat(status).as(what).isLessThan(500);
        StoredTables.Contents after = stored.of(form.tables());
        if (status >= 400) {
            softly.assertThat(after.fingerprints())
                    .as("nothing stored changed after " + status + ": " + what)
                    .isEqualTo(before.fingerprints());
        } else if (status < 300 && !form.answersOkWhenAccepted()) {
            softly.assertThat(after.fingerprints())
                    .as("nothing stored changed when the form came back: " + what)
                    .isEqualTo(before.fingerprints());
        }
        softly.assertThat(after.rowsWithControlCharacters())
                .as("rows holding control characters after " + what)
                .isLessThanOrEqualTo(before.rowsWithControlCharacters());
    }

    private static String shortened(List<String> values) {
        if (values == null) {
            return "(missing)";
        }
        List<String> shown = new ArrayList<>();
        for (String value : values) {
            shown.add(value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value);
        }
        return shown.toString();
    }

    @Test
    void answersForgedPathValuesWithoutAServerError() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Form form : forms) {
            for (String forged : List.of("abc", "0", "-1", "99999999999999999999", "%00", "%C0%AF")) {
                String path = form.path().replaceFirst("/(999999999|[0-9]+|A{43})(/|$)", "/" + forged + "$2");
                if (path.equals(form.path())) {
                    continue;
                }
                int status = Forms.status(
                        mvc, MockMvcRequestBuilders.post(path).with(csrf()).with(user(admin)), softly, "POST " + path);
                softly.assertThat(status).as("POST " + path).isLessThan(500);
            }
        }
        softly.assertAll();
    }

    @Test
    void cleansSearchAndFilterParameters() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of(
                "/recherche?q=",
                "/admin/journal?personne=",
                "/admin/journal?du=",
                "/admin/courriels?destinataire=",
                "/admin/courriels?statut=",
                "/admin/adhesions?q=",
                "/admin/adhesions?annee=",
                "/admin/membres?q=",
                "/association/membres?region=",
                "/recherche?page=",
                "/admin/articles?page=",
                "/evenements?page=",
                "/evenements?passes=",
                "/admin/cotisations?page=",
                // the editor's image picker (JSON)
                "/admin/medias/choix?q=",
                "/admin/medias/choix?page=",
                // comment threads, a page at a time, under a post and under a page
                "/blog/2009/05/communique-de-presse?page=",
                "/le-metier?page=")) {
            for (String value : List.of("%00", "a%01b", "%E2%80%AE", "x".repeat(5000), "%25s%25n", "-1", "abc")) {
                int status = Forms.status(mvc, get(path + value).with(user(admin)), softly, "GET " + path);
                softly.assertThat(status)
                        .as("GET " + path + value.substring(0, Math.min(value.length(), 10)))
                        .isLessThan(500);
            }
        }
        softly.assertAll();
    }
}
