package org.icmf.membership;

import java.time.Clock;
import java.time.Year;
import org.icmf.web.NotFoundException;
import org.icmf.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

    public Paging<Entry> list(Region region, int page, int size) {
        if (page < 1) {
            throw new NotFoundException("page " + page);
        }
        Page<Member> found = members.directory(
                Year.now(clock).getValue(),
                region == null,
                region == null ? Region.ABROAD : region,
                PageRequest.of(page - 1, size));
        if (page > 1 && found.isEmpty()) {
            throw new NotFoundException("page " + page);
        }
        return new Paging<>(
                found.getContent().stream()
                        .map(member -> new Entry(
                                member.getFirstName() + " " + member.getLastName(),
                                member.getOrganisation(),
                                member.getRegion(),
                                member.getJobTitle()))
                        .toList(),
                page,
                size,
                found.getTotalElements());
    }
}
