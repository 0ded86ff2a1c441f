package org.icmf.awards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icmf.membership.MemberSelfService;
import org.icmf.membership.MemberSelfService.MemberIdentity;
import org.icmf.privacy.spi.PersonalDataSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the awards hold for a member: their nominations (category, nominee, justification) and the categories they
 * voted in, never for whom — the ballots hold no member. Erasing detaches their nominations (the nominee still counts;
 * the justification, their own words that may name them, goes) and deletes their voter rows; the ballots stay, so no
 * count changes. Runs before the membership's source ({@code @Order(1)}) erases the member whose id links these rows.
 */
@Component
@Order(0)
class AwardsPersonalData implements PersonalDataSource {

    /** An id no member has: an unknown address runs the same statements as a known one, in about the same time. */
    private static final long NO_MEMBER = -1;

    private final JdbcClient jdbc;
    private final MemberSelfService members;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    AwardsPersonalData(JdbcClient jdbc, MemberSelfService members, MessageSourceAccessor messages, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String title() {
        return messages.getMessage("awards.data.title");
    }

    private long memberId(String email) {
        return members.findByEmail(email).map(MemberIdentity::id).orElse(NO_MEMBER);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        long member = memberId(email);
        List<Map<String, String>> records = new ArrayList<>();
        jdbc.sql("""
                        select 'NOMINATION' as "awards.data.record", e.year::text as "awards.data.edition",
                               c.name as "awards.data.category", n.nominee as "awards.data.nominee",
                               n.justification as "awards.data.justification", n.created_at as "awards.data.createdAt"
                        from award_nomination n join award_category c on c.id = n.category_id
                        join award_edition e on e.id = c.edition_id
                        where n.member_id = :member order by e.year, c.position""")
                .param("member", member)
                .query()
                .listOfRows()
                .forEach(row -> records.add(PersonalDataSource.record(
                        row,
                        clock.getZone(),
                        Map.of("awards.data.record", code -> messages.getMessage("awards.data.record." + code)),
                        messages)));
        records.addAll(jdbc.sql("""
                        select e.year, c.name from award_voter v
                        join award_category c on c.id = v.category_id
                        join award_edition e on e.id = c.edition_id
                        where v.member_id = :member order by e.year, c.position""")
                .param("member", member)
                .query((row, n) -> Map.of(
                        messages.getMessage("awards.data.record"),
                        messages.getMessage("awards.data.record.VOTE"),
                        messages.getMessage("awards.data.vote"),
                        messages.getMessage("awards.data.voted", new Object[] {row.getString(2), row.getString(1)})))
                .list());
        return records;
    }

    @Override
    @Transactional
    public int erase(String email) {
        long member = memberId(email);
        int nominations = jdbc.sql(
                        "update award_nomination set member_id = null, justification = null where member_id = :member")
                .param("member", member)
                .update();
        int votes = jdbc.sql("delete from award_voter where member_id = :member")
                .param("member", member)
                .update();
        return nominations + votes;
    }
}
