package org.icmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 2009 blog is told exactly as it was written. The seed file itself ({@code seed/icmf-blog-2009.txt}, a copy of
 * the blog as it was exported: a date line, the title, the text, post after post) is cut into sentences, and the
 * rendered pages are compared with it, whitespace removed (the export lost some line breaks, "DominiqueBlog", and the
 * site adds some between list items):
 * <ul>
 * <li>each post shows every sentence of its entry, on its date and without an invented time;</li>
 * <li>the pages and the event drawn from one entry show every sentence of it, but for the few listed with the
 * reason they are shown otherwise;</li>
 * <li>wherever a page or the event quotes a sentence of any entry (six words in a row), it quotes all of it;</li>
 * <li>the sentences the seed never said are gone.</li>
 * </ul>
 */
@SiteTest
class SeedFidelityTests {

    private static final Pattern DATE_LINE =
            Pattern.compile("(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \\d{1,2} \\p{L}+ \\d{4}");
    private static final DateTimeFormatter SEED_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    /** A sentence ends with its punctuation, before a space and a capital, a digit or an opening quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\\d«“\"])");

    private static final Pattern LIST_MARK = Pattern.compile("^[-+•]\\s*");
    /** Words in a row that make a sentence "quoted". */
    private static final int QUOTE_WORDS = 6;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    record Entry(LocalDate date, String title, List<String> sentences) {

        @Override
        public String toString() {
            return date + " " + title;
        }

        List<String> all() {
            List<String> all = new ArrayList<>(SeedFidelityTests.sentences(title));
            all.addAll(sentences);
            return all;
        }
    }

    static List<Entry> seed() throws IOException {
        try (InputStream in = SeedFidelityTests.class.getResourceAsStream("/seed/icmf-blog-2009.txt")) {
            List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"));
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!DATE_LINE.matcher(lines.get(i).strip()).matches()) {
                    continue;
                }
                LocalDate date = LocalDate.parse(lines.get(i).strip(), SEED_DATE);
                int line = i + 1;
                while (lines.get(line).isBlank()) {
                    line++;
                }
                String title = lines.get(line).strip();
                List<String> sentences = new ArrayList<>();
                for (line++;
                        line < lines.size()
                                && !DATE_LINE.matcher(lines.get(line).strip()).matches();
                        line++) {
                    sentences.addAll(sentences(lines.get(line)));
                }
                entries.add(new Entry(date, title, sentences));
            }
            return entries;
        }
    }

    /** A line's sentences; "•" separates the items the export glued together, list marks are the site's. */
    static List<String> sentences(String line) {
        List<String> sentences = new ArrayList<>();
        for (String item : line.split("•")) {
            for (String sentence :
                    SENTENCE_END.split(LIST_MARK.matcher(item.strip()).replaceFirst(""))) {
                if (sentence.codePoints().anyMatch(Character::isLetter)) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    static Entry entry(LocalDate date) throws IOException {
        return seed().stream()
                .filter(entry -> entry.date().equals(date))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSeedHasItsTenPostsWithTheirSentences() throws IOException {
        List<Entry> seed = seed();
        assertThat(seed).hasSize(10);
        assertThat(seed).allSatisfy(entry -> assertThat(entry.sentences()).isNotEmpty());
        assertThat(entry(LocalDate.of(2009, 3, 11)).sentences())
                .contains("Etes vous d'accord avec ce profil ?", "Merci de laisser vos commentaires et suggestions...");
    }

    static Stream<Entry> posts() throws IOException {
        return seed().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("posts")
    void eachPostShowsEverySentenceOfItsEntryOnItsDayWithoutATime(Entry entry) throws Exception {
        String slug =
                jdbc.sql("""
                select slug from blog_post
                where (published_at at time zone 'Europe/Paris')::date = :day and status = 'PUBLISHED'""").param("day", entry.date()).query(String.class).single();
        Document page = render("/blog/%d/%02d/%s"
                .formatted(entry.date().getYear(), entry.date().getMonthValue(), slug));

        assertThat(page.select("article.post time").attr("datetime"))
                .isEqualTo(entry.date().toString());
        assertThat(page.select("article.post time").text()).matches("\\p{L}+ \\d{1,2}(er)? \\p{L}+ \\d{4}");
        String text = page.select("article.post").text();
        assertThat(text).doesNotContain("12h00", "12:00");
        assertQuotesWhole(text, entry.all(), Set.of(), "post of " + entry.date());
    }

    /**
     * @param source   the entry the page or event is drawn from, whose every sentence it shows…
     * @param shownOtherwise …but these, which it shows in its own form (with the reason beside them)
     */
    static Stream<Arguments> pagesDrawnFromTheSeed() {
        return Stream.of(
                // The page has its own title and section headings ("Profil", "Compétences", "Son job").
                Arguments.of(
                        "/le-metier",
                        "article.page-article",
                        LocalDate.of(2009, 3, 11),
                        Set.of("Qu'est ce qu'un community manager ?", "PROFIL :", "COMPETENCES :", "SON JOB :")),
                // The page has its own title.
                Arguments.of(
                        "/charte",
                        "article.page-article",
                        LocalDate.of(2009, 3, 13),
                        Set.of("Ethique, pourquoi le label bouche à oreilles® ?")),
                Arguments.of("/adherer", "article.page-article", LocalDate.of(2009, 3, 25), Set.of()),
                // The event shows its date and time, organiser, address and source as facts of their own
                // ("mercredi 15 avril 2009 à 18h00", "Organisé par …", "16 rue Pierre Lescot, 75001 Paris, France").
                Arguments.of(
                        "/evenements/le-cafe-des-community-managers-avril-2009",
                        "article.event",
                        LocalDate.of(2009, 3, 28),
                        Set.of(
                                "15. avril 2009 à 18:00",
                                "organisé par Dominique Dufour, du blog du Community management",
                                "Adresse du lieu de l'événement",
                                "16 rue Pierre Lescot 75001 Paris France",
                                "Itinéraire :",
                                "Source : Dominique Dufour")),
                // The association page gathers sentences of several entries: only the quoting rule applies.
                Arguments.of("/association", "article.page-article", null, Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesDrawnFromTheSeed")
    void pagesAndTheEventShowTheSeedWordForWord(
            String path, String article, LocalDate source, Set<String> shownOtherwise) throws Exception {
        String text = render(path).select(article).text();
        assertThat(text).isNotBlank();
        if (source != null) {
            List<String> sentences = entry(source).all();
            assertThat(shownOtherwise).as("sentences of the entry").isSubsetOf(sentences);
            assertQuotesWhole(text, sentences, shownOtherwise, path);
        }
        List<String> quoted = seed().stream()
                .flatMap(entry -> entry.all().stream())
                .filter(sentence -> !shownOtherwise.contains(sentence) && quotes(text, sentence))
                .toList();
        assertThat(quoted).as("sentences of the seed that %s quotes", path).isNotEmpty();
        assertQuotesWhole(text, quoted, Set.of(), path);
    }

    @Test
    void theSentencesTheSeedNeverSaidAreGone() throws Exception {
        assertThat(render("/association").select("main").text())
                .doesNotContain("publiée au Journal officiel le 20 avril 2009", "annonce n° 20090012")
                .contains("No de parution : 20090012");
        assertThat(render("/adherer").select("main").text())
                .doesNotContain("à l'ordre de l'ICMF", "à l’ordre de l’ICMF", "par exemple 30 €")
                .contains("réglement par chéque, merci !", "sans montant pré-défini");
        // The seed invites companions without any limit: the seed café has the form's own (20), not an invented 3.
        assertThat(jdbc.sql("select max_companions from event where slug = 'le-cafe-des-community-managers-avril-2009'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(20);
        assertThat(render("/evenements/le-cafe-des-community-managers-avril-2009")
                        .select("article.event")
                        .text())
                .contains("Au Père Tranquille, un café au coeur des Halles à Paris 1er");
        assertThat(render("/le-metier").select("article.page-article").text())
                .endsWith("Etes vous d'accord avec ce profil ? Merci de laisser vos commentaires et suggestions...");
        assertThat(render("/blog/2009/03/le-cafe-des-community-managers")
                        .select(".post-body")
                        .text())
                .contains("Je vous dis à très bientôt, Dominique");
    }

    private Document render(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static void assertQuotesWhole(String text, List<String> sentences, Set<String> except, String where) {
        String page = withoutSpaces(text);
        List<String> missing = sentences.stream()
                .filter(sentence -> !except.contains(sentence))
                .filter(sentence -> !page.contains(withoutSpaces(sentence)))
                .toList();
        assertThat(missing)
                .as("sentences of the seed missing or altered in the %s", where)
                .isEmpty();
    }

    /** True when the text has {@link #QUOTE_WORDS} words in a row of the sentence. */
    private static boolean quotes(String text, String sentence) {
        String[] words = sentence.split("\\s+");
        Set<String> runs = new HashSet<>();
        String[] textWords = text.split("\\s+");
        for (int i = 0; i + QUOTE_WORDS <= textWords.length; i++) {
            runs.add(String.join(" ", Arrays.copyOfRange(textWords, i, i + QUOTE_WORDS)));
        }
        for (int i = 0; i + QUOTE_WORDS <= words.length; i++) {
            if (runs.contains(String.join(" ", Arrays.copyOfRange(words, i, i + QUOTE_WORDS)))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", "");
    }
}
