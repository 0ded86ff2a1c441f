package org.icmf.membership.directory;

import java.time.Clock;
import java.time.Year;
import org.icmf.membership.Member;
import org.icmf.membership.MemberRepository;
import org.icmf.regions.Region;
import org.icmf.web.Paging;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
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

    public record Entry(String name, String organisation, Region region, String jobTitle) {}

    public Slice<Entry> list(Region region, Pageable page) {
        Slice<Member> found = members.directory(
                Year.now(clock).getValue(), region == null, region == null ? Region.ABROAD : region, page);
        return Paging.existing(found)
                .map(member -> new Entry(
                        member.getFirstName() + " " + member.getLastName(),
                        member.getOrganisation(),
                        member.getRegion(),
                        member.getJobTitle()));
    }
}
