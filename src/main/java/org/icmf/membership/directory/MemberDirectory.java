package org.icmf.membership.directory;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.icmf.membership.Member;
import org.icmf.membership.MemberRepository;
import org.icmf.regions.Region;
import org.icmf.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    public Page<Entry> list(Region region, Pageable page) {
        Page<Member> found = members.directory(
                Year.now(clock).getValue(), region == null, region == null ? Region.ABROAD : region, page);
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
