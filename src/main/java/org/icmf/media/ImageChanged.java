package org.icmf.media;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/**
 * Something happened to an image of the library: {@code action} is uploaded (not when the same bytes were
 * already there), updated (its text alternative) or deleted.
 */
public record ImageChanged(long imageId, String fileName, String action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public String subjectType() {
        return "image";
    }

    @Override
    public long subjectId() {
        return imageId;
    }

    @Override
    public String subjectLabel() {
        return fileName;
    }
}
