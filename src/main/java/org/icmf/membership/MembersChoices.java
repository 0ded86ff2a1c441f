package org.icmf.membership;

import java.time.Clock;
import java.util.Optional;
import org.icmf.privacy.spi.MemberChoices;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A member's directory and reminder choices, as "Mes données" shows and changes them. */
@Component
class MembersChoices implements MemberChoices {

    private final MemberRepository members;
    private final Clock clock;

    MembersChoices(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Choices> choices(String email) {
        return members.findByEmail(email)
                .map(member -> new Choices(member.isDirectoryOptIn(), !member.isRemindersOptOut()));
    }

    @Override
    @Transactional
    public void choose(String email, Choices choices) {
        members.findByEmail(email)
                .ifPresent(member -> member.choose(
                        choices.directory(), choices.reminders(), ConsentSource.MES_DONNEES, clock.instant()));
    }
}
