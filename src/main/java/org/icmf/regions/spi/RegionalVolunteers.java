package org.icmf.regions.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.icmf.regions.Region;

/**
 * The members who may represent a region: the module that keeps the members implements it, so that regions
 * store a member's id only and never read the members' tables.
 */
public interface RegionalVolunteers {

    /** The members who volunteered to represent their region, by region then name. */
    List<Volunteer> volunteers();

    /** The members with these ids, volunteers or not (a representative stays one until the board decides). */
    Map<Long, Volunteer> findAll(Collection<Long> memberIds);

    /** @param email where a visitor's message to the representative goes; no page shows it */
    record Volunteer(
            long memberId, String memberNumber, String name, String organisation, String email, Region region) {}
}
