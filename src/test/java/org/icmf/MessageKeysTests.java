package org.icmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.icmf.comments.CommentStatus;
import org.icmf.web.Labelled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * A message key that messages.properties lacks shows {@code ??key_fr_FR??} to a visitor, or fails the page: these
 * checks find it in the build instead. Keys are found where they are written: {@code #{key}} in templates,
 * {@code message = "{key}"} in validation annotations, and in Java any string literal shaped like a key ({@code
 * word.word…}) whose first word opens some key of messages.properties ({@code "meta.blog.search.title"},
 * {@code "post.saved.draft"}), so a typo in a key fails here. Keys built at run time ({@code "comment.decided." +
 * choice}) are checked by the tests of the page that shows them, except the labels of {@link Labelled} enums,
 * which are all checked here.
 */
class MessageKeysTests {

    private static final Path MESSAGES = Path.of("src", "main", "resources", "messages.properties");
    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([A-Za-z0-9_.]+)}\"");
    /** A key-shaped literal, unless it names something else: {@code @SchedulerLock(name = "mail.sender")}. */
    private static final Pattern JAVA_KEY = Pattern.compile("(?<!name = )\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** MessageFormat reads {0}; in such a text a lone apostrophe opens a quote and hides what follows. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Map<String, String> messages = messages();

    @Test
    void everyKeyATemplateShowsExists() {
        Map<String, Set<String>> used = keysIn(TEMPLATES, ".html", TEMPLATE_KEY);
        assertThat(used).as("keys found in templates").containsKeys("trash.explanation", "dues.year.hint");
        assertThat(missing(used)).isEmpty();
    }

    @Test
    void everyValidationMessageExists() {
        Map<String, Set<String>> used = keysIn(MAIN_SOURCES, ".java", VALIDATION_KEY);
        assertThat(used).as("keys found in annotations").containsKeys("membership.size", "dues.members.required");
        assertThat(missing(used)).isEmpty();
    }

    @Test
    void everyKeyJavaNamesExists() {
        Set<String> namespaces =
                messages.keySet().stream().map(key -> key.split("\\.")[0]).collect(Collectors.toSet());
        Map<String, Set<String>> used = keysIn(MAIN_SOURCES, ".java", JAVA_KEY);
        used.keySet().removeIf(key -> !namespaces.contains(key.split("\\.")[0]));
        assertThat(used)
                .as("keys found in Java")
                .containsKeys("meta.blog.search.title", "post.saved.draft", "blog.archive.heading");
        assertThat(missing(used)).isEmpty();
    }

    @Test
    void everyLabelledValueHasItsText() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        Map<String, Set<String>> used = new TreeMap<>();
        for (BeanDefinition found : scanner.findCandidateComponents("org.icmf")) {
            Class<?> type = Class.forName(found.getBeanClassName());
            for (Object value : type.isEnum() ? type.getEnumConstants() : new Object[0]) {
                used.computeIfAbsent(((Labelled) value).labelKey(), key -> new TreeSet<>())
                        .add(type.getName());
            }
        }
        for (CommentStatus status : CommentStatus.values()) {
            used.computeIfAbsent(status.stateKey(), key -> new TreeSet<>()).add(CommentStatus.class.getName());
        }
        assertThat(used).as("labels of enums").containsKeys("region.BRETAGNE", "role.ADMIN", "dues.standing.LATE");
        assertThat(missing(used)).isEmpty();
    }

    /** Every slice appends to messages.properties: a key written twice silently keeps only its last text. */
    @Test
    void eachKeyIsWrittenOnce() throws IOException {
        Map<String, Long> written = Files.readAllLines(MESSAGES, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[=:]", 2)[0].strip())
                .collect(Collectors.groupingBy(key -> key, TreeMap::new, Collectors.counting()));
        assertThat(written).as("keys written").containsKey("meta.contact.title");
        written.values().removeIf(times -> times == 1);
        assertThat(written).isEmpty();
    }

    @Test
    void textsWithArgumentsDoubleTheirApostrophes() {
        Map<String, String> formatted = new TreeMap<>(messages);
        formatted.values().removeIf(text -> !text.matches("(?s).*\\{\\d}.*"));
        assertThat(formatted).as("texts with {0}").containsKey("meta.blog.archive.description");
        formatted.values().removeIf(text -> !LONE_APOSTROPHE.matcher(text).find());
        assertThat(formatted).isEmpty();
    }

    /** Each key not in messages.properties, with the files that use it. */
    private Map<String, Set<String>> missing(Map<String, Set<String>> used) {
        Map<String, Set<String>> missing = new TreeMap<>(used);
        missing.keySet().removeAll(messages.keySet());
        return missing;
    }

    private static Map<String, Set<String>> keysIn(Path root, String suffix, Pattern pattern) {
        Map<String, Set<String>> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.computeIfAbsent(matcher.group(1), key -> new TreeSet<>())
                            .add(root.relativize(file).toString());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static Map<String, String> messages() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }
}
