package org.icmf.awards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icmf.membership.MemberSelfService;
import org.icmf.privacy.spi.PersonalDataSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the awards hold for a member: their nominations (category, nominee, justification) and the categories they
 * voted in, never for whom — the ballots hold no member. Erasing detaches their nominations (the nominee still counts,
 * their justification, their own words, goes) and deletes their voter rows; the ballots stay, so no count changes.
 * Runs before the membership's source ({@code @Order(1)}) erases the member whose id links these rows.
 */
@Component
@Order(0)
class AwardsPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final MemberSelfService members;
    private final MessageSourceAccessor messages;

    AwardsPersonalData(JdbcClient jdbc, MemberSelfService members, MessageSourceAccessor messages) {
        this.jdbc = jdbc;
        this.members = members;
        this.messages = messages;
    }

    @Override
    public String title() {
        return messages.getMessage("awards.data.title");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        return members.findByEmail(email)
                .map(member -> {
                    List<Map<String, String>> records = new ArrayList<>();
                    jdbc.sql("""
                                    select e.year, c.name, n.nominee, n.justification, n.created_at
                                    from award_nomination n join award_category c on c.id = n.category_id
                                    join award_edition e on e.id = c.edition_id
                                    where n.member_id = :member order by e.year, c.position""")
                            .param("member", member.id())
                            .query((row, n) -> {
                                Map<String, String> record = new LinkedHashMap<>();
                                record.put(
                                        messages.getMessage("awards.data.record"),
                                        messages.getMessage("awards.data.record.NOMINATION"));
                                record.put(messages.getMessage("awards.data.edition"), row.getString(1));
                                record.put(messages.getMessage("awards.data.category"), row.getString(2));
                                record.put(messages.getMessage("awards.data.nominee"), row.getString(3));
                                if (row.getString(4) != null) {
                                    record.put(messages.getMessage("awards.data.justification"), row.getString(4));
                                }
                                record.put(
                                        messages.getMessage("awards.data.createdAt"),
                                        PersonalDataSource.DATE.format(row.getTimestamp(5)
                                                .toLocalDateTime()
                                                .toLocalDate()));
                                return record;
                            })
                            .list()
                            .forEach(records::add);
                    jdbc.sql("""
                                    select e.year, c.name from award_voter v
                                    join award_category c on c.id = v.category_id
                                    join award_edition e on e.id = c.edition_id
                                    where v.member_id = :member order by e.year, c.position""")
                            .param("member", member.id())
                            .query((row, n) -> {
                                Map<String, String> record = new LinkedHashMap<>();
                                record.put(
                                        messages.getMessage("awards.data.record"),
                                        messages.getMessage("awards.data.record.VOTE"));
                                record.put(
                                        messages.getMessage("awards.data.vote"),
                                        messages.getMessage(
                                                "awards.data.voted",
                                                new Object[] {row.getString(2), row.getString(1)}));
                                return record;
                            })
                            .list()
                            .forEach(records::add);
                    return records;
                })
                .orElse(List.of());
    }

    @Override
    @Transactional
    public int erase(String email) {
        return members.findByEmail(email)
                .map(member -> {
                    int nominations = jdbc.sql("""
                                    update award_nomination set member_id = null, justification = null
                                    where member_id = :member""").param("member", member.id()).update();
                    int votes = jdbc.sql("delete from award_voter where member_id = :member")
                            .param("member", member.id())
                            .update();
                    return nominations + votes;
                })
                .orElse(0);
    }
}
