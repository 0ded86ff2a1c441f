package org.icmf.members;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.icmf.privacy.spi.PersonalDataSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in links asked for an address: when, until when and whether they served (the token itself is only kept
 * hashed), forgotten with the rest on erasure. Runs before the membership's source ({@code @Order(1)}) erases the member, whose sessions end at their
 * next request ({@link StillAMemberFilter}).
 */
@Component
@Order(0)
class MembersPersonalData implements PersonalDataSource {

    private final SignInLinks links;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    MembersPersonalData(SignInLinks links, MessageSourceAccessor messages, Clock clock) {
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String title() {
        return messages.getMessage("members.data.title");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        return links.of(email).stream()
                .map(row -> PersonalDataSource.record(row, clock.getZone(), Map.of(), messages))
                .toList();
    }

    @Override
    @Transactional
    public int erase(String email) {
        return links.erase(email);
    }
}
