package org.icmf.comments;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a comment stands: waiting for a moderator, shown, refused, or kept aside as spam (restorable). Each
 * status is a folder of the moderators' page, named in its URL by {@code folder}.
 */
public enum CommentStatus {
    PENDING("en-attente", "En attente", "En attente de modération"),
    APPROVED("approuves", "Approuvés", "Approuvé"),
    SPAM("indesirables", "Indésirables", "Indésirable"),
    REJECTED("refuses", "Refusés", "Refusé");

    private final String folder;
    private final String label;
    private final String state;

    CommentStatus(String folder, String label, String state) {
        this.folder = folder;
        this.label = label;
        this.state = state;
    }

    /** One comment's status, in French: "Approuvé". */
    public String state() {
        return state;
    }

    public String folder() {
        return folder;
    }

    /** The folder's name, in French: "Approuvés". */
    public String label() {
        return label;
    }

    public static Optional<CommentStatus> ofFolder(String folder) {
        return Arrays.stream(values())
                .filter(status -> status.folder.equals(folder))
                .findFirst();
    }
}
