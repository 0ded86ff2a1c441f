package org.icmf.contact;

import java.util.Arrays;
import java.util.Optional;

/** Where a message stands in the board's inbox; {@code slug} is its name in the inbox's address. */
public enum Folder {
    INBOX("À traiter", "a-traiter"),
    HANDLED("Traités", "traites"),
    SPAM("Indésirables", "indesirables");

    private final String label;
    private final String slug;

    Folder(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Folder> fromSlug(String slug) {
        return Arrays.stream(values())
                .filter(folder -> folder.slug.equals(slug))
                .findFirst();
    }
}
