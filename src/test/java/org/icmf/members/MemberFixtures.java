package org.icmf.members;

import org.icmf.web.Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Members' space set-ups the tests share. */
public final class MemberFixtures {

    private MemberFixtures() {}

    /** A sign-in link for the address, written straight to its table instead of mailed; returns the link's path. */
    public static String signInLink(JdbcClient jdbc, String email) {
        String token = Tokens.random();
        jdbc.sql("insert into members_sign_in_link (token_hash, email, created_at, expires_at) "
                        + "values (:hash, :email, now(), now() + interval '1 day')")
                .param("hash", Tokens.hash(token))
                .param("email", email)
                .update();
        return "/espace-membre/connexion/" + token;
    }
}
