package org.icmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/configuration.md lists every {@code icmf.*} setting the application reads, with its default and its
 * environment variable, and no setting that no longer exists. The settings are those bound by
 * {@code @ConfigurationProperties} types (from the metadata spring-boot-configuration-processor writes at compile
 * time, nested records included), those read through {@code ${icmf.…}} placeholders in the code (the jobs' cron
 * expressions, {@code @Value}) and those set in application.properties.
 */
class ConfigurationReferenceTests {

    private static final Path DOCUMENT = Path.of("docs", "configuration.md");
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");
    private static final Path MAIN_PROPERTIES = Path.of("src", "main", "resources", "application.properties");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(icmf\\.[a-z0-9.-]+)(?::([^}]*))?}");
    private static final Pattern VARIABLE_WITH_DEFAULT = Pattern.compile("\\$\\{([A-Z0-9_]+):([^}]*)}");
    private static final Pattern NAME_IN_BACKTICKS = Pattern.compile("`(icmf\\.[a-z0-9.-]+)`");

    /** What the application says of one setting: its default (empty when none) and its mapped variable. */
    private record Setting(String defaultValue, String variable) {}

    /** One row of the document's tables: the default and variable cells as written. */
    private record Row(String defaultCell, String variableCell) {}

    private final Map<String, Setting> settings = settingsTheApplicationReads();
    private final Map<String, Row> documented = documentedSettings();

    @Test
    void everySettingTheApplicationReadsIsDocumented() {
        assertThat(settings)
                .as("settings found in the metadata, the code and application.properties")
                .containsKeys(
                        "icmf.blog.page-size",
                        "icmf.security.login.max-failures",
                        "icmf.mail.retention-cron",
                        "icmf.time-zone");
        assertThat(documented.keySet())
                .as("icmf.* settings missing from " + DOCUMENT)
                .containsAll(settings.keySet());
    }

    @Test
    void theDocumentListsNoSettingThatNoLongerExists() {
        assertThat(documented).as("rows of " + DOCUMENT).isNotEmpty();
        assertThat(settings.keySet())
                .as("settings in " + DOCUMENT + " that the application no longer reads")
                .containsAll(documented.keySet());
    }

    @Test
    void theDocumentGivesEachSettingsDefaultAndVariable() {
        List<String> wrong = new ArrayList<>();
        settings.forEach((name, setting) -> {
            Row row = documented.get(name);
            if (row == null) {
                return; // reported by everySettingTheApplicationReadsIsDocumented
            }
            if (!setting.defaultValue().isEmpty() && !row.defaultCell().contains("`" + setting.defaultValue() + "`")) {
                wrong.add(name + ": default `" + setting.defaultValue() + "`, the document says " + row.defaultCell());
            }
            if (!setting.variable().isEmpty() && !row.variableCell().contains("`" + setting.variable() + "`")) {
                wrong.add(name + ": variable `" + setting.variable() + "`, the document says " + row.variableCell());
            }
        });
        assertThat(wrong)
                .as("rows of " + DOCUMENT + " that differ from the application")
                .isEmpty();
    }

    private static Map<String, Setting> settingsTheApplicationReads() {
        Map<String, Setting> settings = new TreeMap<>();
        boundProperties().forEach((name, defaultValue) -> settings.put(name, new Setting(defaultValue, "")));
        placeholdersInCode().forEach((name, defaultValue) -> settings.putIfAbsent(name, new Setting(defaultValue, "")));
        applicationProperties().forEach(settings::put);
        return settings;
    }

    /** Properties of the {@code @ConfigurationProperties} types, from the metadata the build generates. */
    private static Map<String, String> boundProperties() {
        Map<String, String> properties = new TreeMap<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            for (URL metadata : Collections.list(ConfigurationReferenceTests.class
                    .getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = metadata.openStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        String name = property.path("name").asString();
                        if (name.startsWith("icmf.")) {
                            properties.put(name, defaultOf(property.path("defaultValue")));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(properties)
                .as("icmf.* properties in the configuration metadata "
                        + "(spring-boot-configuration-processor must stay in the build)")
                .isNotEmpty();
        return properties;
    }

    private static String defaultOf(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            return String.join(",", items);
        }
        // An empty list's default ({@code @DefaultValue({})}) is written as the text "[]": no default.
        return value.isMissingNode() || value.isNull() || value.asString().equals("[]") ? "" : value.asString();
    }

    /** {@code ${icmf.name:default}} placeholders in the main sources: cron expressions, {@code @Value}. */
    private static Map<String, String> placeholdersInCode() {
        Map<String, String> placeholders = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = PLACEHOLDER.matcher(Files.readString(file));
                while (matcher.find()) {
                    placeholders.put(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return placeholders;
    }

    /** icmf.* keys of application.properties, whose value is the default unless it names a variable. */
    private static Map<String, Setting> applicationProperties() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MAIN_PROPERTIES, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Setting> settings = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("icmf.")) {
                String value = properties.getProperty(name).strip();
                Matcher variable = VARIABLE_WITH_DEFAULT.matcher(value);
                settings.put(
                        name,
                        variable.matches()
                                ? new Setting(variable.group(2).strip(), variable.group(1))
                                : new Setting(value, ""));
            }
        }
        return settings;
    }

    /** Rows of the document's tables whose first cell names an icmf.* setting. */
    private static Map<String, Row> documentedSettings() {
        Map<String, Row> rows = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8)) {
                if (!line.startsWith("|")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (cells.length < 5) {
                    continue;
                }
                Matcher names = NAME_IN_BACKTICKS.matcher(cells[1]);
                while (names.find()) {
                    rows.put(names.group(1), new Row(cells[2].strip(), cells[3].strip()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
