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
    private final Clock clock;

    MembershipPersonalData(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
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
                select reference as "Référence", status as "État", civility as "Civilité", first_name as "Prénom",
                       last_name as "Nom", email as "E-mail", phone as "Téléphone", street_address as "Adresse",
                       postal_code as "Code postal", city as "Ville", country as "Pays", region as "Région",
                       organisation as "Organisation", sector as "Secteur", job_title as "Fonction",
                       years_of_practice as "Années de pratique", heard_from as "A connu l'ICMF par",
                       motivation as "Motivation", volunteer_regional as "Candidat(e) représentant(e) régional(e)",
                       volunteer_roles as "Candidat(e) au bureau", fee_amount as "Cotisation annoncée (€)",
                       directory_opt_in as "Annuaire public", created_at as "Envoyée le",
                       confirmed_at as "E-mail confirmé le", decided_at as "Décision le"
                from membership_application where lower(email) = :email order by id""")
                .param("email", email)
                .query()
                .listOfRows()
                .forEach(row -> records.add(labelled(row, "Demande d'adhésion")));
        jdbc.sql("""
                select member_number as "Numéro de membre", civility as "Civilité", first_name as "Prénom",
                       last_name as "Nom", email as "E-mail", phone as "Téléphone", street_address as "Adresse",
                       postal_code as "Code postal", city as "Ville", country as "Pays", region as "Région",
                       organisation as "Organisation", sector as "Secteur", job_title as "Fonction",
                       directory_opt_in as "Annuaire public", reminders_opt_out as "Rappels refusés",
                       joined_at as "Membre depuis le"
                from membership_member where lower(email) = :email""").param("email", email).query().listOfRows().forEach(row -> records.add(labelled(row, "Membre")));
        jdbc.sql("""
                select d.receipt_number as "Attestation", d.year as "Année", d.amount as "Montant (€)",
                       p.cheque_number as "Chèque n°", p.bank as "Banque", p.received_on as "Reçu le"
                from membership_due d join membership_member m on m.id = d.member_id
                join membership_payment p on p.id = d.payment_id
                where lower(m.email) = :email order by d.year""")
                .param("email", email)
                .query()
                .listOfRows()
                .forEach(row -> records.add(labelled(row, "Cotisation")));
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
                    application.get("reference") + " — données effacées");
        }
        return deleted.size();
    }

    /** Codes stored for the columns that hold them, as the form said them. */
    private static final Map<String, Function<String, String>> WORDS = Map.of(
            "État", code -> ApplicationStatus.valueOf(code).label(),
            "Région", code -> Region.valueOf(code).label(),
            "Civilité",
                    code -> switch (code) {
                        case "MME" -> "Madame";
                        case "M" -> "Monsieur";
                        default -> "Autre";
                    },
            "Candidat(e) au bureau",
                    codes -> Arrays.stream(codes.split(","))
                            .filter(code -> !code.isBlank())
                            .map(code -> VolunteerRole.valueOf(code).label())
                            .collect(Collectors.joining(" ; ")));

    private Map<String, String> labelled(Map<String, Object> row, String kind) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("Type", kind);
        record.putAll(PersonalDataSource.record(row, clock.getZone(), WORDS));
        return record;
    }
}
