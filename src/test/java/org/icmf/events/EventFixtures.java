package org.icmf.events;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.security.BoardUser;
import org.icmf.web.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Events for tests, created through the board's service; every slug starts with "essai-". */
public final class EventFixtures {

    public static final Actor BOARD = new Actor(5150L, "Bureau ICMF");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private EventFixtures() {}

    /**
     * The board's event form as {@code editor} sends it to {@code url}: a café in Tours for three people, each
     * {@code overrides} pair (field, value) replacing a field.
     */
    public static MockHttpServletRequestBuilder adminForm(
            String url, BoardUser editor, String title, String startsAt, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", "");
        fields.put("category", "CAFE");
        fields.put("description", "Rendez-vous **mensuel**.");
        fields.put("startsAt", startsAt);
        fields.put("endsAt", "");
        fields.put("venueName", "Le Bistrot");
        fields.put("streetAddress", "1 place Plumereau");
        fields.put("postalCode", "37000");
        fields.put("city", "Tours");
        fields.put("country", "France");
        fields.put("accessNotes", "");
        fields.put("onlineUrl", "");
        fields.put("organiser", "Antenne Centre");
        fields.put("price", "gratuit");
        fields.put("capacity", "3");
        fields.put("maxCompanions", "1");
        fields.put("registrationDeadline", "");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(user(editor)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    static String inDays(int days) {
        return LOCAL.format(LocalDateTime.now(ZoneId.of("Europe/Paris"))
                .plusDays(days)
                .withHour(18)
                .withMinute(0));
    }

    /** A café in Paris {@code days} from now; {@code capacity} null for unlimited. */
    public static EventForm cafe(String title, int days, Integer capacity, int maxCompanions, String onlineUrl) {
        return new EventForm(
                title,
                "essai-" + UUID.randomUUID().toString().substring(0, 8),
                onlineUrl == null ? "CAFE" : "VIDEO_CONFERENCE",
                "Venez **nombreux**.",
                inDays(days),
                "",
                onlineUrl == null ? "Au Père Tranquille" : "",
                onlineUrl == null ? "16 rue Pierre Lescot" : "",
                onlineUrl == null ? "75001" : "",
                onlineUrl == null ? "Paris" : "",
                "France",
                "1er étage",
                onlineUrl == null ? "" : onlineUrl,
                "Dominique Dufour",
                "gratuit",
                capacity == null ? "" : capacity.toString(),
                Integer.toString(maxCompanions),
                "",
                null);
    }

    static String slug(JdbcClient jdbc, long id) {
        return jdbc.sql("select slug from event where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** The token of the last confirmation link mailed to an address, read as its owner would read the mail. */
    static String confirmationToken(JdbcClient jdbc, String email) {
        String body = jdbc.sql("select body_text from mail_outbox where recipient = :email "
                        + "and subject like 'Confirmez votre inscription%' order by id desc limit 1")
                .param("email", email)
                .query(String.class)
                .single();
        Matcher link =
                Pattern.compile("/evenements/confirmation/([A-Za-z0-9_-]{43})").matcher(body);
        if (!link.find()) {
            throw new AssertionError("no confirmation link in " + body);
        }
        return link.group(1);
    }

    /** Removes the test events (with their registrations), their mails and the rate limit's counts. */
    static void removeTestEvents(JdbcClient jdbc) {
        jdbc.sql("delete from mail_outbox where recipient like '%@essai.example'")
                .update();
        jdbc.sql("delete from event where slug like 'essai-%'").update();
        jdbc.sql("delete from event_mail_request").update();
    }
}
