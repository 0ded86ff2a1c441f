package org.icmf.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.icmf.audit.AuditLog;
import org.icmf.web.PersonalDataSource;
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

    MembershipPersonalData(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public String title() {
        return "Adhésion";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        List<Map<String, String>> records = new ArrayList<>();
        jdbc.sql("""
                select reference, status, civility, first_name, last_name, email, phone, street_address, postal_code,
                       city, country, region, organisation, sector, job_title, years_of_practice, heard_from,
                       motivation, volunteer_regional, volunteer_roles, fee_amount, directory_opt_in, created_at
                from membership_application where lower(email) = :email order by id""")
                .param("email", normalise(email)).query().listOfRows().forEach(row -> records.add(labelled(row,
                        "Demande d'adhésion")));
        jdbc.sql("""
                select member_number, first_name, last_name, email, phone, street_address, postal_code, city, country,
                       region, organisation, sector, job_title, directory_opt_in, reminders_opt_out, joined_at
                from membership_member where lower(email) = :email""")
                .param("email", normalise(email)).query().listOfRows().forEach(row -> records.add(labelled(row, "Membre")));
        jdbc.sql("""
                select d.receipt_number, d.year, d.amount, p.cheque_number, p.bank, p.received_on
                from membership_due d join membership_member m on m.id = d.member_id
                join membership_payment p on p.id = d.payment_id
                where lower(m.email) = :email order by d.year""")
                .param("email", normalise(email)).query().listOfRows().forEach(row -> records.add(labelled(row, "Cotisation")));
        return records;
    }

    @Override
    @Transactional
    public int erase(String email) {
        String address = normalise(email);
        // Dues keep amount, year and receipt number (accounting) but lose their member (on delete set null).
        int members = jdbc.sql("delete from membership_member where lower(email) = :email").param("email", address).update();
        return members + forgetApplications(jdbc.sql(
                "delete from membership_application where lower(email) = :email returning id, reference")
                .param("email", address));
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
            audit.relabel("application", ((Number) application.get("id")).longValue(),
                    application.get("reference") + " — données effacées");
        }
        return deleted.size();
    }

    private static Map<String, String> labelled(Map<String, Object> row, String kind) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("Type", kind);
        record.putAll(PersonalDataSource.record(row));
        return record;
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
