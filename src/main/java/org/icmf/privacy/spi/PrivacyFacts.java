package org.icmf.privacy.spi;

import java.util.List;
import org.icmf.web.FrenchDates;

/**
 * What a module keeps about people and for how long, and the cookies it sets, as the privacy page
 * ({@code /confidentialite}) states them. Each module builds its facts from the very settings its purge jobs and
 * filters use, so the page cannot disagree with what the site does. Texts are message keys, in the module's order
 * ({@code @Order}).
 */
public interface PrivacyFacts {

    default List<Retention> retentions() {
        return List.of();
    }

    default List<Cookie> cookies() {
        return List.of();
    }

    /**
     * @param key       {@code <key>} names the data, {@code <key>.period} says how long it is kept, with
     *                  {@code arguments} in it (durations already in French, {@link FrenchDates#duration})
     */
    record Retention(String key, List<String> arguments) {

        public Retention(String key, String... arguments) {
            this(key, List.of(arguments));
        }
    }

    /**
     * @param name      the cookie's name as the browser shows it
     * @param key       {@code <key>} says what it is for and when it is set, {@code <key>.lifetime} how long it lives,
     *                  with {@code arguments} in it
     */
    record Cookie(String name, String key, List<String> arguments) {

        public Cookie(String name, String key, String... arguments) {
            this(name, key, List.of(arguments));
        }
    }
}
