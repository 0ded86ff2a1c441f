package org.icmf.security;

import java.util.EnumSet;
import org.icmf.web.Actor;
import org.icmf.web.EmailAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a site with no board account yet, creates the first administrator from ICMF_ADMIN_EMAIL and
 * ICMF_ADMIN_PASSWORD, or says how to. There is no default account or password. A value that is set but
 * unusable stops the start-up with one sentence, before the site serves anything.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final BoardAccounts accounts;
    private final String email;
    private final String password;

    FirstAdministrator(BoardAccounts accounts, SecurityProperties properties) {
        this.accounts = accounts;
        this.email = properties.adminEmail();
        this.password = properties.adminPassword();
        check(email, password);
    }

    /** Checks what is set, whether or not accounts exist: a wrong setting is reported the day it is made. */
    private static void check(String email, String password) {
        if (StringUtils.hasText(email) && !EmailAddresses.isValid(email)) {
            throw new InvalidSettingsException("ICMF_ADMIN_EMAIL n'est pas une adresse e-mail valide. "
                    + "/ ICMF_ADMIN_EMAIL is not a valid e-mail address.");
        }
        if (StringUtils.hasText(password)) {
            Passwords.check(password).ifPresent(problem -> {
                throw new InvalidSettingsException(
                        switch (problem) {
                            case TOO_SHORT ->
                                "ICMF_ADMIN_PASSWORD doit compter " + Passwords.MIN_LENGTH
                                        + " caractères au moins. / ICMF_ADMIN_PASSWORD must be at least "
                                        + Passwords.MIN_LENGTH
                                        + " characters long.";
                            case TOO_LONG ->
                                "ICMF_ADMIN_PASSWORD ne peut pas dépasser " + Passwords.MAX_BYTES
                                        + " octets en UTF-8, tout ce que bcrypt lit. / ICMF_ADMIN_PASSWORD must not exceed "
                                        + Passwords.MAX_BYTES + " UTF-8 bytes, all that bcrypt reads.";
                        });
            });
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists()) {
            return;
        }
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
            log.warn("""
                    Aucun compte du bureau n'existe : l'administration (/admin) est inaccessible. \
                    Pour créer le premier administrateur, redémarrez avec ICMF_ADMIN_EMAIL et ICMF_ADMIN_PASSWORD \
                    ({} caractères à {} octets). / No board account exists yet: restart with ICMF_ADMIN_EMAIL and \
                    ICMF_ADMIN_PASSWORD ({} characters to {} bytes) to create the first administrator.""", Passwords.MIN_LENGTH, Passwords.MAX_BYTES, Passwords.MIN_LENGTH, Passwords.MAX_BYTES);
            return;
        }
        accounts.create(email, "Administrateur", password, EnumSet.of(Role.ADMIN), Actor.SYSTEM);
        log.info("Premier administrateur créé : {} / First administrator created.", BoardAccounts.normalise(email));
    }
}
