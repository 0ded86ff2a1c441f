package org.icmf.media;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/** Something happened to an image of the library. */
public record ImageChanged(long imageId, String fileName, ImageAction action, Actor actor, Instant occurredAt)
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
