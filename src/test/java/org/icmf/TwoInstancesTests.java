package org.icmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.icmf.events.EventFixtures;
import org.icmf.events.Registrant;
import org.icmf.events.Registrations;
import org.icmf.membership.MembershipFixtures;
import org.icmf.membership.application.Applicant;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.MembershipReview;
import org.icmf.membership.dues.RenewalReminders;
import org.icmf.regions.Region;
import org.icmf.security.BoardAccounts;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.support.FormStamps;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two instances of the site on one PostgreSQL, as behind a load balancer: the tests' shared context and a second
 * one started here (once for the class) with nothing in common but the database. What a person does on one is
 * seen by the other, and a job both run at once does its work once.
 */
@SiteTest
class TwoInstancesTests {

    private static final String PASSWORD = "phrase de passe des deux instances";
    private static final BoardUser EDITOR = new BoardUser(
            6262, "deux-instances@icmf.example", "Rédaction partagée", "{noop}unused", true, EnumSet.of(Role.EDITOR));
    private static final BoardUser TREASURER = new BoardUser(
            6263,
            "tresorerie-deux-instances@icmf.example",
            "Trésorerie",
            "{noop}unused",
            true,
            EnumSet.of(Role.TREASURER));
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static ConfigurableApplicationContext other;
    private static int otherPort;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BoardAccounts accounts;

    @Autowired
    Registrations registrations;

    @Autowired
    RenewalReminders renewalReminders;

    @Autowired
    MembershipApplications applications;

    @Autowired
    MembershipReview review;

    @LocalServerPort
    int port;

    /**
     * The second instance: the same database (the test PostgreSQL's {@code spring.datasource.*}), no form key of its
     * own, so it reads the one kept in {@code web_secret} (set here to the key the first instance is given, as a
     * first start would have drawn it), and no minimum fill time, so a form shown a moment ago may be sent.
     */
    @BeforeAll
    static void startAnotherInstance() {
        other = new SpringApplicationBuilder(IcmfApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--icmf.scheduling.enabled=false",
                        "--icmf.membership.renewal-reminders-from=--01-01",
                        "--icmf.spam.minimum-fill-time=0s");
        otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
        other.getBean(JdbcClient.class)
                .sql("insert into web_secret (name, value) values ('spam-guard-key', :key) "
                        + "on conflict (name) do update set value = excluded.value")
                .param("key", Base64.getEncoder().encodeToString(FormStamps.KEY.getBytes(StandardCharsets.UTF_8)))
                .update();
    }

    @AfterAll
    static void stopTheOtherInstance() {
        if (other != null) {
            other.close();
        }
    }

    @AfterEach
    void removeWhatTheTestsMade() {
        jdbc.sql("delete from contact_message where sender_email like 'deux-instances-%'")
                .update();
        jdbc.sql("delete from blog_post where slug like 'essai-deux-instances%'")
                .update();
        jdbc.sql("delete from mail_outbox where recipient like '%@deux-instances.example'")
                .update();
        jdbc.sql("delete from event where title like 'Essai deux instances%'").update();
        jdbc.sql("delete from membership_due where member_id in "
                        + "(select id from membership_member where email like '%@deux-instances.example')")
                .update();
        jdbc.sql("delete from membership_payment where bank = 'Banque des deux instances'")
                .update();
        jdbc.sql("delete from membership_member where email like '%@deux-instances.example'")
                .update();
        jdbc.sql("delete from membership_application where email like '%@deux-instances.example'")
                .update();
        jdbc.sql("delete from security_login_pair").update();
        jdbc.sql("delete from security_login_address").update();
    }

    private String url(int port, String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(int port, String path, String cookies) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(port, path))).timeout(Duration.ofSeconds(10));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBoardMemberSignedInOnOneIsSignedInOnTheOther() throws Exception {
        BoardUser account = accounts.create(
                "deux-instances-" + UUID.randomUUID() + "@icmf.example",
                "Secrétariat partagé",
                PASSWORD,
                EnumSet.of(Role.EDITOR),
                Actor.SYSTEM);
        MockHttpServletResponse login = mvc.perform(post("/admin/connexion")
                        .param("email", account.email())
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(login.getRedirectedUrl()).isEqualTo("/admin");
        Cookie session = login.getCookie("SESSION");

        HttpResponse<String> dashboard = get(otherPort, "/admin", "SESSION=" + session.getValue());

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(dashboard.body()).text()).contains("Secrétariat partagé");
        assertThat(get(otherPort, "/admin", null).headers().firstValue("Location"))
                .as("without the cookie")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/connexion"));
    }

    /**
     * The contact form shown by the first instance, sent to the second: its stamp, signed by the first, is checked
     * by the second with the key both read from the database. The CSRF token is a double-submit cookie any instance
     * checks alone; it is taken from the second because MockMvc's {@code csrf()}, used by other tests of the shared
     * context, swaps the first instance's token repository for a session-based one for the rest of the run.
     */
    @Test
    void aFormShownByOneIsAcceptedByTheOther() throws Exception {
        Map<String, String> fields = hiddenFields(get(port, "/contact", null).body());
        HttpResponse<String> browser = get(otherPort, "/contact", null);
        String csrfCookie = browser.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
        fields.put("_csrf", hiddenFields(browser.body()).get("_csrf"));
        String email = "deux-instances-" + UUID.randomUUID() + "@essai.example";
        fields.put("name", "Camille Martin");
        fields.put("email", email);
        fields.put("organisation", "");
        fields.put("topic", "OTHER");
        fields.put("representative", "");
        fields.put("message", "Bonjour, une question sur vos rencontres.");
        fields.put("consent", "true");
        fields.put("website", "");

        HttpResponse<String> sent = http.send(
                HttpRequest.newBuilder(URI.create(url(otherPort, "/contact")))
                        .timeout(Duration.ofSeconds(10))
                        .header("Cookie", csrfCookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        // A client address of its own, as the load balancer forwards it.
                        .header("X-Forwarded-For", "2001:db8::" + Integer.toHexString((int) (Math.random() * 0xffff)))
                        .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/contact/merci"));
        assertThat(jdbc.sql("select count(*) from contact_message where sender_email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element hidden : Jsoup.parse(page).select("form[action=/contact] input[type=hidden]")) {
            fields.put(hidden.attr("name"), hidden.attr("value"));
        }
        assertThat(fields).containsKeys("_csrf", "stamp");
        return fields;
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Test
    void aPostPublishedOnOneIsOnTheOthersHomePageWithinASecond() throws Exception {
        String title = "Essai deux instances " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(get(otherPort, "/", null).body())
                .as("an instance in service")
                .doesNotContain(title);
        MockHttpServletRequestBuilder publish = post("/admin/articles/nouveau")
                .with(user(EDITOR))
                .with(csrf())
                .param("title", title)
                .param("slug", "")
                .param("body", "Publié sur une instance, lu sur l’autre.")
                .param("labels", "")
                .param("authorName", "Rédaction ICMF")
                .param("sourceLabel", "")
                .param("sourceUrl", "")
                .param("status", "PUBLISHED")
                .param("publishAt", "")
                .param("action", "enregistrer");
        assertThat(mvc.perform(publish).andReturn().getResponse().getRedirectedUrl())
                .startsWith("/admin/articles/");

        Awaitility.await("the post on the other instance's home page")
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .atMost(Duration.ofSeconds(1))
                .untilAsserted(
                        () -> assertThat(get(otherPort, "/", null).body()).contains(title));
    }

    @Test
    void eventRemindersRunOnBothInstancesAtOnceAreSentOnce() throws Exception {
        String title = "Essai deux instances rappel";
        long event = createEvent(title);
        List<String> emails = List.of("alix@deux-instances.example", "bao@deux-instances.example");
        for (String email : emails) {
            registrations.addByBoard(event, new Registrant("Alix", "Durand", email, null, 0));
        }
        jdbc.sql("update event set starts_at = now() + interval '20 hours' where id = :id")
                .param("id", event)
                .update();

        Registrations onTheOther = other.getBean(Registrations.class);
        runOnBothAtOnce(
                () -> {
                    registrations.sendReminders();
                    return null;
                },
                () -> {
                    onTheOther.sendReminders();
                    return null;
                });

        for (String email : emails) {
            assertThat(jdbc.sql("select subject from mail_outbox where recipient = :email and subject like :reminder")
                            .param("reminder", "Rappel : " + title + "%")
                            .param("email", email)
                            .query(String.class)
                            .list())
                    .as(email)
                    .hasSize(1);
        }
    }

    @Test
    void renewalRemindersRunOnBothInstancesAtOnceAreSentOnce() throws Exception {
        String lastYear = String.valueOf(Year.now().getValue() - 1);
        List<String> numbers = new ArrayList<>();
        for (String name : List.of("Lou", "Max")) {
            numbers.add(member(name));
        }
        MockHttpServletRequestBuilder cheque = post("/admin/cotisations")
                .with(user(TREASURER))
                .with(csrf())
                .param("memberNumbers", String.join(", ", numbers))
                .param("amountPerMember", "30")
                .param("chequeNumber", "6262626")
                .param("bank", "Banque des deux instances")
                .param("receivedOn", Year.now() + "-03-12")
                .param("payerName", "")
                .param("year", lastYear);
        assertThat(mvc.perform(cheque).andReturn().getResponse().getStatus()).isEqualTo(302);

        runOnBothAtOnce(renewalReminders::send, other.getBean(RenewalReminders.class)::send);

        for (String email : List.of("lou@deux-instances.example", "max@deux-instances.example")) {
            assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :email "
                                    + "and subject like 'Renouvellement%'")
                            .param("email", email)
                            .query(Long.class)
                            .single())
                    .as(email)
                    .isEqualTo(1);
        }
    }

    /** A member of last year, accepted by the board: returns their member number. */
    private String member(String firstName) {
        long application = MembershipFixtures.confirmedApplication(
                applications,
                jdbc,
                new Applicant(
                        null,
                        firstName,
                        "Essai",
                        firstName.toLowerCase() + "@deux-instances.example",
                        null,
                        "1 rue",
                        "37000",
                        "Tours",
                        "France",
                        Region.CENTRE_VAL_DE_LOIRE,
                        "Agence " + firstName,
                        null,
                        "Community manager",
                        null,
                        null,
                        null,
                        false,
                        Set.of(),
                        new BigDecimal("30"),
                        false));
        return review.accept(application, new Actor(TREASURER.id(), TREASURER.displayName()));
    }

    /** Starts a job on each instance at the same moment, as two schedules firing in the same second. */
    private static void runOnBothAtOnce(Callable<?> onOne, Callable<?> onTheOther) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (Callable<?> job : List.of(onOne, onTheOther)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long createEvent(String title) throws Exception {
        String startsAt = LOCAL.format(LocalDateTime.now(ZoneId.of("Europe/Paris"))
                .plusDays(1)
                .withHour(18)
                .withMinute(30));
        // Unlimited places: every registrant of the test gets a seat, hence a reminder.
        MockHttpServletRequestBuilder request = EventFixtures.adminForm(
                "/admin/evenements/nouveau",
                EDITOR,
                title,
                startsAt,
                "description",
                "Rendez-vous mensuel.",
                "capacity",
                "");
        String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/evenements/");
        return Long.parseLong(location.substring("/admin/evenements/".length()));
    }
}
