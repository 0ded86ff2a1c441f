package org.icmf.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icmf.audit.AuditLog;
import org.icmf.membership.application.ApplicationStatus;
import org.icmf.membership.application.VolunteerRole;
import org.icmf.privacy.spi.PersonalDataSource;
import org.icmf.regions.Region;
import org.icmf.web.Labelled;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership data held for an e-mail address: applications, the member record, dues. Erasing deletes the
 * applications and the member (with their reminders and regional role); the dues stay, as accounting law
 * requires, but no longer point to anyone, and the audit log keeps the board's decisions without the name.
 */
@Component
@Order(1)
class MembershipPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    MembershipPersonalData(JdbcClient jdbc, AuditLog audit, MessageSourceAccessor messages, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String title() {
        return messages.getMessage("membership.data.title");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        List<Map<String, String>> records = new ArrayList<>();
        jdbc.sql("""
                select reference as "membership.data.reference", status as "membership.data.status", civility as "membership.data.civility", first_name as "membership.data.firstName",
                       last_name as "membership.data.lastName", email as "membership.data.email", phone as "membership.data.phone", street_address as "membership.data.address",
                       postal_code as "membership.data.postalCode", city as "membership.data.city", country as "membership.data.country", region as "membership.data.region",
                       organisation as "membership.data.organisation", sector as "membership.data.sector", job_title as "membership.data.jobTitle",
                       years_of_practice as "membership.data.yearsOfPractice", heard_from as "membership.data.heardFrom",
                       motivation as "membership.data.motivation", volunteer_regional as "membership.data.volunteerRegional",
                       volunteer_roles as "membership.data.volunteerRoles", fee_amount as "membership.data.fee",
                       directory_opt_in as "membership.data.directory", created_at as "membership.data.createdAt",
                       confirmed_at as "membership.data.confirmedAt", decided_at as "membership.data.decidedAt"
                from membership_application where lower(email) = :email order by id""")
                .param("email", email)
                .query()
                .listOfRows()
                .forEach(row -> records.add(labelled(row, "membership.data.application")));
        jdbc.sql("""
                select member_number as "membership.data.memberNumber", civility as "membership.data.civility", first_name as "membership.data.firstName",
                       last_name as "membership.data.lastName", email as "membership.data.email", phone as "membership.data.phone", street_address as "membership.data.address",
                       postal_code as "membership.data.postalCode", city as "membership.data.city", country as "membership.data.country", region as "membership.data.region",
                       organisation as "membership.data.organisation", sector as "membership.data.sector", job_title as "membership.data.jobTitle",
                       directory_opt_in as "membership.data.directory", directory_chosen_at as "membership.data.directoryChosenAt",
                       directory_chosen_via as "membership.data.directoryChosenVia",
                       reminders_opt_out as "membership.data.remindersOptOut", reminders_chosen_at as "membership.data.remindersChosenAt",
                       reminders_chosen_via as "membership.data.remindersChosenVia",
                       profile_public as "membership.data.profilePublic", profile_chosen_at as "membership.data.profileChosenAt",
                       profile_chosen_via as "membership.data.profileChosenVia", presentation as "membership.data.presentation",
                       link1 as "membership.data.link1", link2 as "membership.data.link2", link3 as "membership.data.link3",
                       joined_at as "membership.data.joinedAt"
                from membership_member where lower(email) = :email""")
                .param("email", email)
                .query()
                .listOfRows()
                .forEach(row -> records.add(labelled(row, "membership.data.member")));
        jdbc.sql("""
                select d.receipt_number as "membership.data.receipt", d.year as "membership.data.year", d.amount as "membership.data.amount",
                       p.cheque_number as "membership.data.cheque", p.bank as "membership.data.bank", p.received_on as "membership.data.receivedOn"
                from membership_due d join membership_member m on m.id = d.member_id
                join membership_payment p on p.id = d.payment_id
                where lower(m.email) = :email order by d.year""")
                .param("email", email)
                .query()
                .listOfRows()
                .forEach(row -> records.add(labelled(row, "membership.data.dues")));
        return records;
    }

    @Override
    @Transactional
    public int erase(String email) {
        // Dues keep amount, year and receipt number (accounting) but lose their member (on delete set null).
        int members = jdbc.sql("delete from membership_member where lower(email) = :email")
                .param("email", email)
                .update();
        return members
                + forgetApplications(jdbc.sql(
                                "delete from membership_application where lower(email) = :email returning id, reference")
                        .param("email", email));
    }

    /** Deletes the rejected applications decided before {@code cutoff}; returns how many. */
    @Transactional
    int eraseRejectedBefore(Instant cutoff) {
        return forgetApplications(jdbc.sql("""
                delete from membership_application where status = 'REJECTED' and decided_at < :cutoff
                returning id, reference""").param("cutoff", Timestamp.from(cutoff)));
    }

    /** Runs a delete of applications returning their id and reference, and takes their names out of the audit log. */
    private int forgetApplications(JdbcClient.StatementSpec delete) {
        List<Map<String, Object>> deleted = delete.query().listOfRows();
        for (Map<String, Object> application : deleted) {
            audit.relabel(
                    "application",
                    ((Number) application.get("id")).longValue(),
                    messages.getMessage("membership.data.erasedLabel", new Object[] {application.get("reference")}));
        }
        return deleted.size();
    }

    /** Codes stored for the columns that hold them, as the form said them. */
    private Map<String, Function<String, String>> words() {
        return Map.of(
                "membership.data.status", code -> word(ApplicationStatus.valueOf(code)),
                "membership.data.region", code -> word(Region.valueOf(code)),
                "membership.data.directoryChosenVia", code -> word(ConsentSource.valueOf(code)),
                "membership.data.remindersChosenVia", code -> word(ConsentSource.valueOf(code)),
                "membership.data.profileChosenVia", code -> word(ConsentSource.valueOf(code)),
                "membership.data.civility",
                        code -> messages.getMessage(
                                "MME".equals(code) || "M".equals(code) ? "civility." + code : "civility.OTHER"),
                "membership.data.volunteerRoles",
                        codes -> Arrays.stream(codes.split(","))
                                .filter(code -> !code.isBlank())
                                .map(code -> word(VolunteerRole.valueOf(code)))
                                .collect(Collectors.joining(" ; ")));
    }

    private String word(Labelled value) {
        return messages.getMessage(value);
    }

    private Map<String, String> labelled(Map<String, Object> row, String kind) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put(messages.getMessage("privacy.record.type"), messages.getMessage(kind));
        record.putAll(PersonalDataSource.record(row, clock.getZone(), words(), messages));
        return record;
    }
}
