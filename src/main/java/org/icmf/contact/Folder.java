package org.icmf.contact;

import java.util.Arrays;
import java.util.Optional;
import org.icmf.web.Labelled;

/** Where a message stands in the board's inbox; {@code slug} is its name in the inbox's address. */
public enum Folder implements Labelled {
    INBOX("a-traiter"),
    HANDLED("traites"),
    SPAM("indesirables");

    private final String slug;

    Folder(String slug) {
        this.slug = slug;
    }

    @Override
    public String labelKey() {
        return "contact.folder." + name();
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
