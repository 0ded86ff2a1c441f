package org.icmf.admin.spi;

import java.time.LocalDateTime;
import java.util.List;
import org.icmf.web.Actor;

/**
 * Content whose every save is kept as a revision: posts, pages. The admin area's pages for one saved
 * version ({@code {basePath}/{id}/revisions/{revisionId}}) and for restoring it serve every implementation.
 */
public interface RevisionHistory {

    /** The admin section of this content, e.g. {@code /admin/articles}. */
    String basePath();

    /** The saved versions of an item, newest first. */
    List<RevisionRow> revisions(long id);

    /** One saved version as its page shows it; NotFoundException when it is not a version of this item. */
    SavedVersion savedVersion(long id, long revisionId);

    /**
     * Saves a version's content as the item's newest state (itself a new revision); throws
     * {@link RestoreRefusedException} when that state can no longer be (its address is another item's, …).
     */
    void restore(long id, long revisionId, Actor actor);

    record RevisionRow(long id, LocalDateTime savedAt, String savedBy, String title) {}

    /** The fields of a saved version and its text rendered as it would be published. */
    record SavedVersion(List<Field> fields, String bodyHtml) {

        /** A field's label and value as message keys; the value's message is filled with {@code args}. */
        public record Field(String labelKey, String valueKey, List<String> args) {

            /** A value shown as typed, or a dash when there is none. */
            public static Field text(String labelKey, String value) {
                return value == null || value.isBlank()
                        ? of(labelKey, "revision.value.none")
                        : new Field(labelKey, "revision.value", List.of(value));
            }

            public static Field of(String labelKey, String valueKey, String... args) {
                return new Field(labelKey, valueKey, List.of(args));
            }
        }
    }

    /** Restoring is refused; {@code messageKey} names the French explanation in messages.properties. */
    class RestoreRefusedException extends RuntimeException {

        private final String messageKey;

        public RestoreRefusedException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
