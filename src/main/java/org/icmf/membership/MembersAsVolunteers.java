package org.icmf.membership;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icmf.regions.spi.RegionalVolunteers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The members, as the regions module sees those who may represent a region. */
@Component
@Transactional(readOnly = true)
class MembersAsVolunteers implements RegionalVolunteers {

    private final MemberRepository members;

    MembersAsVolunteers(MemberRepository members) {
        this.members = members;
    }

    @Override
    public List<Volunteer> volunteers() {
        return members.regionalVolunteers().stream()
                .map(MembersAsVolunteers::volunteer)
                .toList();
    }

    @Override
    public Map<Long, Volunteer> findAll(Collection<Long> memberIds) {
        return members.findAllById(memberIds).stream()
                .map(MembersAsVolunteers::volunteer)
                .collect(Collectors.toMap(Volunteer::memberId, Function.identity()));
    }

    private static Volunteer volunteer(Member member) {
        return new Volunteer(
                member.getId(),
                member.getMemberNumber(),
                member.getFirstName() + " " + member.getLastName(),
                member.getOrganisation(),
                member.getEmail(),
                member.getRegion());
    }
}
