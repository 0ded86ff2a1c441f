package org.icmf.regions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The member who represents the association in a region. */
@Entity
@Table(name = "regions_representative")
class Representative {

    @Id
    @Enumerated(EnumType.STRING)
    private Region region;

    private Long memberId;

    private Instant designatedAt;

    private String designatedBy;

    protected Representative() {}

    Representative(Region region, long memberId, String designatedBy, Instant now) {
        this.region = region;
        this.memberId = memberId;
        this.designatedBy = designatedBy;
        this.designatedAt = now;
    }

    Region getRegion() {
        return region;
    }

    Long getMemberId() {
        return memberId;
    }
}
