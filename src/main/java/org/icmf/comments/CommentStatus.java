package org.icmf.comments;

import java.util.Arrays;
import java.util.Optional;
import org.icmf.web.Labelled;

/**
 * Where a comment stands: waiting for a moderator, shown, refused, or kept aside as spam (restorable). Each
 * status is a folder of the moderators' page, named in its URL by {@code folder}.
 */
public enum CommentStatus implements Labelled {
    PENDING("en-attente"),
    APPROVED("approuves"),
    SPAM("indesirables"),
    REJECTED("refuses");

    private final String folder;

    CommentStatus(String folder) {
        this.folder = folder;
    }

    /** One comment's status: "Approuvé". */
    public String stateKey() {
        return "comment.state." + name();
    }

    public String folder() {
        return folder;
    }

    /** The folder's name: "Approuvés". */
    @Override
    public String labelKey() {
        return "comment.folder." + name();
    }

    public static Optional<CommentStatus> ofFolder(String folder) {
        return Arrays.stream(values())
                .filter(status -> status.folder.equals(folder))
                .findFirst();
    }
}
