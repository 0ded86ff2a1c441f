package org.icmf.blog;

import jakarta.persistence.Embeddable;

/** Who signs a post and where it comes from, each optional; kept as is by each revision. */
@Embeddable
record Attribution(String authorName, String sourceLabel, String sourceUrl) {

    /** Hibernate reads a post whose three columns are null as no attribution at all. */
    static Attribution orNone(Attribution attribution) {
        return attribution == null ? new Attribution(null, null, null) : attribution;
    }
}
