package org.icmf.membership;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Applications as the tests need them, without going through the e-mail confirmation link each time. */
final class MembershipFixtures {

    private MembershipFixtures() {}

    /** Applies and confirms the e-mail at once, as the link would: the application waits for the board; returns its id. */
    static long confirmedApplication(MembershipApplications applications, JdbcClient jdbc, Applicant applicant) {
        applications.apply(applicant);
        return jdbc.sql("""
                update membership_application set status = 'PENDING', confirmed_at = now(), confirm_token_hash = null
                where email = :email and status = 'UNCONFIRMED' returning id""").param("email", applicant.email()).query(Long.class).single();
    }
}
