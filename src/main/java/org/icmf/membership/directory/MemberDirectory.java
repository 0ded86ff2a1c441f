package org.icmf.membership.directory;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.icmf.membership.Member;
import org.icmf.membership.MemberRepository;
import org.icmf.regions.Region;
import org.icmf.web.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public member directory: only members who opted in and are up to date this year, and only what they
 * agreed to show (name, organisation, region, job title) — never an e-mail or an address.
 */
@Service
@Transactional(readOnly = true)
public class MemberDirectory {

    private final MemberRepository members;
    private final Clock clock;

    MemberDirectory(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** A member as listed; {@code presentation} and {@code links} only when they chose to show their profile. */
    public record Entry(
            String name,
            String organisation,
            Region region,
            String jobTitle,
            String presentation,
            List<String> links) {}

    /**
     * By name, without a total: counting them joins every opted-in member with every due of the year (19 ms at
     * generated size, where a page reads 1 ms). A region's members walk membership_member_directory_region_idx.
     */
    public Slice<Entry> list(Region region, Pageable page) {
        Specification<Member> listed = Specification.<Member>where(
                        (member, query, where) -> where.isTrue(member.get("directoryOptIn")))
                .and(MemberRepository.paidFor(Year.now(clock).getValue()));
        if (region != null) {
            listed = listed.and((member, query, where) -> where.equal(member.get("region"), region));
        }
        Slice<Member> found = members.findBy(
                listed,
                query -> query.slice(
                        PageRequest.of(page.getPageNumber(), page.getPageSize(), MemberRepository.BY_NAME)));
        return Paging.existing(found)
                .map(member -> new Entry(
                        member.getFirstName() + " " + member.getLastName(),
                        member.getOrganisation(),
                        member.getRegion(),
                        member.getJobTitle(),
                        member.isProfilePublic() ? member.getPresentation() : null,
                        member.isProfilePublic() ? member.getLinks() : List.of()));
    }
}
