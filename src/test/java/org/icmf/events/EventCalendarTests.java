package org.icmf.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The public calendar: the seed's café, lists, an event's page, and iCalendar files a calendar app accepts. */
@SiteTest
class EventCalendarTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventEditor editor;

    @AfterEach
    void removeTestEvents() {
        EventFixtures.removeTestEvents(jdbc);
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
    }

    private long create(String title, String startsAt) {
        EventForm cafe = EventFixtures.cafe(title, 10, null, 0, null);
        return editor.create(
                new EventForm(
                        cafe.title(),
                        cafe.slug(),
                        cafe.category(),
                        cafe.description(),
                        startsAt,
                        "",
                        cafe.venueName(),
                        cafe.streetAddress(),
                        cafe.postalCode(),
                        cafe.city(),
                        cafe.country(),
                        cafe.accessNotes(),
                        cafe.onlineUrl(),
                        cafe.organiser(),
                        cafe.price(),
                        cafe.capacity(),
                        cafe.maxCompanions(),
                        "",
                        null),
                EventFixtures.BOARD);
    }

    private static Calendar parse(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        return new CalendarBuilder().build(new StringReader(response.getContentAsString()));
    }

    @Test
    void showsTheSeedCafeFaithfully() throws Exception {
        Document cafe = page("/evenements/le-cafe-des-community-managers-avril-2009");

        assertThat(cafe.select("h1").text()).isEqualTo("Le Café des Community managers");
        assertThat(cafe.select(".event-facts").text())
                .contains(
                        "mercredi 15 avril 2009 à 18h00",
                        "Au Père Tranquille",
                        "16 rue Pierre Lescot, 75001 Paris, France",
                        "Le Café des Community managers se déroulera au 1er étage du café :)",
                        "Dominique Dufour",
                        "gratuit");
        assertThat(cafe.select(".event-facts a").attr("href"))
                .isEqualTo("https://www.openstreetmap.org/search?query=16+rue+Pierre+Lescot%2C+75001+Paris%2C+France");
        assertThat(cafe.select(".post-body").text()).contains("Inscrivez-vous, c'est gratuit. Et venez accompagné(e)");
        assertThat(cafe.select(".registration").text()).contains("Les inscriptions sont closes.");
        assertThat(page("/evenements")
                        .select("#passes ~ article .post-title, section:has(#passes) .post-title")
                        .eachText())
                .contains("Le Café des Community managers");
    }

    @Test
    void tellsTheSeatsLeftForUpcomingEventsOnlyNotForPastOrCancelledOnes() throws Exception {
        long upcoming = create("Essai à venir", EventFixtures.inDays(5));
        long past = create("Essai passé", EventFixtures.inDays(6));
        long cancelled = create("Essai annulé", EventFixtures.inDays(7));
        jdbc.sql("update event set capacity = 10 where id in (:ids)")
                .param("ids", List.of(upcoming, past, cancelled))
                .update();
        jdbc.sql("update event set cancelled = true where id = :id")
                .param("id", cancelled)
                .update();
        jdbc.sql("update event set starts_at = now() - interval '3 days' where id = :id")
                .param("id", past)
                .update();

        Document list = page("/evenements");

        assertThat(list.select("section:has(#a-venir) .event-summary:has(a:contains(Essai à venir)) .event-seats")
                        .text())
                .isEqualTo("— 10 places restantes");
        assertThat(list.select("section:has(#passes) .post-title").eachText()).contains("Essai passé");
        assertThat(list.select("section:has(#passes) .event-seats")).isEmpty();
        assertThat(list.select(".event-summary.cancelled:has(a:contains(Essai annulé)) .event-meta")
                        .text())
                .endsWith("Annulé");
    }

    @Test
    void listsUpcomingEventsSoonestFirstThenPastOnesNewestFirst() throws Exception {
        create("Essai lointain", EventFixtures.inDays(40));
        create("Essai proche", EventFixtures.inDays(5));

        Document list = page("/evenements");

        assertThat(list.select("section:has(#a-venir) .post-title").eachText())
                .containsSubsequence("Essai proche", "Essai lointain");
        assertThat(list.select(".site-nav a[aria-current=page]").text()).isEqualTo("Événements");
        assertThat(page("/").select(".site-nav a").eachText()).startsWith("Actualités", "Événements");
    }

    /**
     * Twenty upcoming events a page ({@code ?page=N}) and ten past ones ({@code ?passes=N}): the first page shows the
     * first of both lists, a further page of one list that list alone, each with its own page links.
     */
    @Test
    void pagesUpcomingEventsByTwentyAndPastOnesByTenEachWithItsOwnLinks() throws Exception {
        for (int i = 1; i <= 21; i++) {
            create("Essai à venir %02d".formatted(i), EventFixtures.inDays(i));
        }

        Document first = page("/evenements");
        assertThat(first.select("section:has(#a-venir) .post-title").eachText())
                .hasSize(20)
                .startsWith("Essai à venir 01")
                .doesNotContain("Essai à venir 21");
        assertThat(first.select("section:has(#a-venir) .pagination-status").text())
                .isEqualTo("Page 1 sur 2");
        assertThat(first.select("section:has(#a-venir) a[rel=next]").attr("href"))
                .isEqualTo("/evenements?page=2");
        assertThat(first.select("section:has(#a-venir) nav.pagination").attr("aria-label"))
                .isEqualTo("Pages des événements à venir");
        assertThat(first.select("section:has(#passes) .post-title").eachText())
                .contains("Le Café des Community managers");
        Document second = page("/evenements?page=2");
        assertThat(second.select("section:has(#a-venir) .post-title").eachText())
                .containsExactly("Essai à venir 21");
        assertThat(second.select("section:has(#a-venir) a[rel=prev]").attr("href"))
                .isEqualTo("/evenements");
        assertThat(second.select("#passes")).isEmpty();
        assertThat(second.title()).startsWith("Événements à venir, page 2");

        // Eleven of them happened ten years ago: with the seed's café, twelve past events.
        jdbc.sql("""
                        update event set starts_at = starts_at - interval '3650 days',
                                         ends_at = ends_at - interval '3650 days'
                        where slug like 'essai-%' and title >= 'Essai à venir 11'""").update();
        Document now = page("/evenements");
        assertThat(now.select("section:has(#a-venir) .post-title")).hasSize(10);
        assertThat(now.select("section:has(#a-venir) .pagination")).isEmpty();
        assertThat(now.select("section:has(#passes) .post-title")).hasSize(10);
        assertThat(now.select("section:has(#passes) .pagination-status").text()).isEqualTo("Page 1 sur 2");
        assertThat(now.select("section:has(#passes) a[rel=next]").attr("href")).isEqualTo("/evenements?passes=2");
        assertThat(now.select("section:has(#passes) nav.pagination").attr("aria-label"))
                .isEqualTo("Pages des événements passés");
        Document past = page("/evenements?passes=2");
        assertThat(past.select("#a-venir")).isEmpty();
        assertThat(past.select("section:has(#passes) .post-title").eachText())
                .containsExactly("Essai à venir 11", "Le Café des Community managers");
        assertThat(past.select("section:has(#passes) a[rel=prev]").attr("href")).isEqualTo("/evenements");
        assertThat(past.title()).startsWith("Événements passés, page 2");
        for (String missing : List.of("/evenements?page=2", "/evenements?passes=3", "/evenements?passes=0")) {
            assertThat(mvc.perform(get(missing)).andReturn().getResponse().getStatus())
                    .as(missing)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(get("/evenements?passes=deux"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void writesValidICalendarWithTimeZoneUidAndStampThatParsesBack() throws Exception {
        long id = create("Essai agenda", "2027-06-15T18:00");
        String slug = EventFixtures.slug(jdbc, id);

        Calendar calendar = parse(
                mvc.perform(get("/evenements/" + slug + ".ics")).andReturn().getResponse());

        calendar.validate();
        assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("event-" + id + "@localhost");
        assertThat(event.getDateTimeStamp()).isNotNull();
        assertThat(event.getSummary().getValue()).isEqualTo("Essai agenda");
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Paris");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2027-06-15T16:00:00Z"));
        assertThat(event.getLocation().getValue()).contains("Au Père Tranquille", "75001 Paris");
        assertThat(event.getUrl().getValue()).isEqualTo("http://localhost:8080/evenements/" + slug);
    }

    @Test
    void keepsTheLocalTimeAcrossTheChangeToSummerTime() throws Exception {
        // Summer time starts in Paris on 28 March 2027 at 02:00: 18:00 is 17:00 UTC the day before, 16:00 UTC that day.
        create("Essai hiver", "2027-03-27T18:00");
        create("Essai été", "2027-03-28T18:00");

        Calendar calendar =
                parse(mvc.perform(get("/evenements.ics")).andReturn().getResponse());

        List<String> starts = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getSummary().getValue().startsWith("Essai "))
                .map(event -> event.getSummary().getValue() + " "
                        + Instant.from(event.getDateTimeStart().getDate()) + " "
                        + ((ZonedDateTime) (Temporal) event.getDateTimeStart().getDate()).toLocalTime())
                .toList();
        assertThat(starts).contains("Essai hiver 2027-03-27T17:00:00Z 18:00", "Essai été 2027-03-28T16:00:00Z 18:00");
    }

    @Test
    void marksACancelledEventCancelledInItsCalendarFile() throws Exception {
        long id = create("Essai annulé", EventFixtures.inDays(20));
        editor.cancel(id, "Salle indisponible.", EventFixtures.BOARD);

        Calendar calendar = parse(mvc.perform(get("/evenements/" + EventFixtures.slug(jdbc, id) + ".ics"))
                .andReturn()
                .getResponse());

        assertThat(((VEvent) calendar.getComponent("VEVENT").orElseThrow())
                        .getStatus()
                        .getValue())
                .isEqualTo("CANCELLED");
        assertThat(page("/evenements/" + EventFixtures.slug(jdbc, id))
                        .select("main")
                        .text())
                .contains("Cet événement est annulé.");
    }

    @Test
    void answersAnUnknownEventWithTheFrenchNotFoundPage() throws Exception {
        assertThat(mvc.perform(get("/evenements/inconnu"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/evenements/inconnu.ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/evenements?page=99"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
