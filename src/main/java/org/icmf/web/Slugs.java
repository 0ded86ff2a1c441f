package org.icmf.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * URL slugs made from French titles: accents transliterated ("Éthique" → "ethique"), ligatures
 * spelled out ("cœur" → "coeur"), lower case, words joined by single hyphens, cut at a word boundary.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    private Slugs() {}

    public static String slugify(String text) {
        String spelled = text.replace("œ", "oe")
                .replace("Œ", "Oe")
                .replace("æ", "ae")
                .replace("Æ", "Ae")
                .replace("ß", "ss");
        String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[’'`]", "-")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return slug;
    }

    /** The slug of {@code text}, suffixed "-2", "-3"… until {@code taken} no longer holds. */
    public static String uniqueSlug(String text, Predicate<String> taken) {
        String base = slugify(text);
        if (base.isEmpty()) {
            base = "sans-titre";
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH + 4 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
