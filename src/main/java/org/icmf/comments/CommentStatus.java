package org.icmf.comments;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a comment stands: waiting for a moderator, shown, refused, or kept aside as spam (restorable). Each
 * status is a folder of the moderators' page, named in its URL by {@code folder}.
 */
public enum CommentStatus {
    PENDING("en-attente", "En attente"),
    APPROVED("approuves", "Approuvés"),
    SPAM("indesirables", "Indésirables"),
    REJECTED("refuses", "Refusés");

    private final String folder;
    private final String label;

    CommentStatus(String folder, String label) {
        this.folder = folder;
        this.label = label;
    }

    public String folder() {
        return folder;
    }

    public String label() {
        return label;
    }

    public static Optional<CommentStatus> ofFolder(String folder) {
        return Arrays.stream(values()).filter(status -> status.folder.equals(folder)).findFirst();
    }
}
