package org.icmf.tips;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * A member's tips and "utile" marks, found through the member their address belongs to: so it runs before the
 * membership's source ({@code @Order(1)}) erases the member. Erasing keeps the published tips without their author
 * (name and member), deletes the others, and keeps the marks without the member, so that the counts stay true.
 */
@Component
@Order(0)
class TipsPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final MemberSelfService members;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    TipsPersonalData(JdbcClient jdbc, MemberSelfService members, MessageSourceAccessor messages, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String title() {
        return messages.getMessage("tips.data.title");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        List<Map<String, String>> records = new ArrayList<>();
        long member = memberId(email);
        jdbc.sql("""
                    select t.title as "tips.data.tipTitle", l.name as "tips.data.label", t.status as "tips.data.status",
                           t.author_name as "tips.data.authorName", t.body_markdown as "tips.data.body",
                           t.created_at as "tips.data.createdAt", t.published_at as "tips.data.publishedAt"
                    from tips_tip t join tips_label l on l.id = t.label_id
                    where t.author_member_id = :member order by t.created_at""")
                .param("member", member)
                .query()
                .listOfRows()
                .forEach(row -> records.add(labelled(row, "tips.data.tip")));
        jdbc.sql("""
                    select t.title as "tips.data.tipTitle", u.created_at as "tips.data.markedAt"
                    from tips_useful u join tips_tip t on t.id = u.tip_id
                    where u.member_id = :member order by u.created_at""")
                .param("member", member)
                .query()
                .listOfRows()
                .forEach(row -> records.add(labelled(row, "tips.data.useful")));
        return records;
    }

    /**
     * The member of an address, or -1: an unknown address then runs the same statements as a member's, so that
     * "Mes données" takes the same time whether or not the site knows it.
     */
    private long memberId(String email) {
        return members.findByEmail(email).map(MemberIdentity::id).orElse(-1L);
    }

    private Map<String, String> labelled(Map<String, Object> row, String kind) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put(messages.getMessage("privacy.record.type"), messages.getMessage(kind));
        record.putAll(PersonalDataSource.record(
                row,
                clock.getZone(),
                Map.of("tips.data.status", code -> messages.getMessage(TipStatus.valueOf(code))),
                messages));
        return record;
    }

    @Override
    @Transactional
    public int erase(String email) {
        long member = memberId(email);
        int deleted = jdbc.sql("delete from tips_tip where author_member_id = :member and status <> 'PUBLISHED'")
                .param("member", member)
                .update();
        int anonymised = jdbc.sql("update tips_tip set author_member_id = null, author_name = null "
                        + "where author_member_id = :member")
                .param("member", member)
                .update();
        int marks = jdbc.sql("update tips_useful set member_id = null where member_id = :member")
                .param("member", member)
                .update();
        return deleted + anonymised + marks;
    }
}
