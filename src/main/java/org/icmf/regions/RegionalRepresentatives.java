package org.icmf.regions;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.icmf.regions.spi.RegionalVolunteers;
import org.icmf.regions.spi.RegionalVolunteers.Volunteer;
import org.icmf.web.Actor;
import org.icmf.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional representatives: the board designates one per region among the members who volunteered, and
 * {@code /association/regions} lists every region with its representative or a call for one. Visitors reach a
 * representative through the contact form, which asks here for their e-mail (never shown).
 */
@Service
@Transactional(readOnly = true)
public class RegionalRepresentatives {

    private final RepresentativeRepository representatives;
    private final RegionalVolunteers members;
    private final Clock clock;

    RegionalRepresentatives(RepresentativeRepository representatives, RegionalVolunteers members, Clock clock) {
        this.representatives = representatives;
        this.members = members;
        this.clock = clock;
    }

    /** A region as the public page shows it; name and organisation are null when nobody represents it yet. */
    public record RegionEntry(Region region, String name, String organisation) {}

    public List<RegionEntry> regions() {
        Map<Region, Volunteer> byRegion = designated();
        return Arrays.stream(Region.values())
                .filter(region -> region != Region.ABROAD)
                .map(region -> {
                    Volunteer member = byRegion.get(region);
                    return new RegionEntry(
                            region,
                            member == null ? null : member.name(),
                            member == null ? null : member.organisation());
                })
                .toList();
    }

    /** The regions that have a representative, in the order of {@link Region}: whom the contact form may write to. */
    public List<RegionEntry> represented() {
        return regions().stream().filter(entry -> entry.name() != null).toList();
    }

    /**
     * Where to send what a visitor writes to a region's representative; empty when the region has none. Their
     * address is only ever used to send mail: no page shows it.
     */
    public Optional<String> representativeEmail(Region region) {
        return representatives
                .findById(region)
                .map(representative ->
                        members.findAll(List.of(representative.getMemberId())).get(representative.getMemberId()))
                .map(Volunteer::email);
    }

    public record Designations(
            List<RegionEntry> regions, Map<Region, Long> designatedMemberIds, List<Volunteer> volunteers) {}

    public Designations designations() {
        Map<Region, Volunteer> byRegion = designated();
        return new Designations(
                regions(),
                byRegion.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, entry -> entry.getValue().memberId())),
                members.volunteers());
    }

    /** Makes a volunteer the region's representative (replacing the previous one), or leaves it vacant. */
    @Transactional
    public void designate(Region region, Long memberId, Actor actor) {
        representatives.findById(region).ifPresent(representatives::delete);
        representatives.flush();
        if (memberId == null) {
            return;
        }
        Volunteer member = members.volunteers().stream()
                .filter(volunteer -> volunteer.memberId() == memberId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("volunteer " + memberId));
        representatives.deleteByMemberId(member.memberId());
        representatives.flush();
        representatives.save(new Representative(region, member.memberId(), actor.name(), clock.instant()));
    }

    /** Each represented region's member; a member no longer found (erased) leaves the region vacant. */
    private Map<Region, Volunteer> designated() {
        List<Representative> all = representatives.findAll();
        Map<Long, Volunteer> byId =
                members.findAll(all.stream().map(Representative::getMemberId).toList());
        return all.stream()
                .filter(r -> byId.containsKey(r.getMemberId()))
                .collect(Collectors.toMap(Representative::getRegion, r -> byId.get(r.getMemberId())));
    }
}
