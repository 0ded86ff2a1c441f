package org.icmf.membership;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.icmf.membership.application.Applicant;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.regions.Region;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Applications as the tests need them, without going through the e-mail confirmation link each time. */
public final class MembershipFixtures {

    private MembershipFixtures() {}

    /** Applies and confirms the e-mail at once, as the link would: the application waits for the board; returns its id. */
    public static long confirmedApplication(MembershipApplications applications, JdbcClient jdbc, Applicant applicant) {
        applications.apply(applicant);
        return jdbc.sql("""
                update membership_application set status = 'PENDING', confirmed_at = now(), confirm_token_hash = null
                where email = :email and status = 'UNCONFIRMED' returning id""").param("email", applicant.email()).query(Long.class).single();
    }

    /** An application with only what the form requires: an address in Tours, a 10 € fee, no volunteering. */
    public static Applicant applicantInTours(String firstName, String lastName, String email) {
        return new Applicant(
                null,
                firstName,
                lastName,
                email,
                null,
                "1 rue",
                "37000",
                "Tours",
                "France",
                Region.CENTRE_VAL_DE_LOIRE,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                Set.of(),
                new BigDecimal("10"),
                false);
    }

    /**
     * Removes what a test made for the addresses of its own mail domain (e.g. {@code "@espace.example"}): members
     * with their dues, applications, sign-in links, mails and form attempts; and every member's session.
     */
    public static void forgetAddressesOf(JdbcClient jdbc, String domain) {
        jdbc.sql("delete from security_session where principal_name like 'membre:%'")
                .update();
        for (String delete : List.of(
                "delete from members_sign_in_link where email like :addresses",
                "delete from membership_due where member_id in "
                        + "(select id from membership_member where email like :addresses)",
                "delete from membership_member where email like :addresses",
                "delete from membership_application where email like :addresses",
                "delete from mail_outbox where recipient like :addresses",
                "delete from form_attempt where email like :addresses")) {
            jdbc.sql(delete).param("addresses", "%" + domain).update();
        }
    }
}
