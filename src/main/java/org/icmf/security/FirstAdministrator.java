package org.icmf.security;

import java.util.EnumSet;

import org.icmf.web.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a site with no board account yet, creates the first administrator from ICMF_ADMIN_EMAIL and
 * ICMF_ADMIN_PASSWORD, or says how to. There is no default account or password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final BoardAccounts accounts;
    private final SecurityProperties properties;

    FirstAdministrator(BoardAccounts accounts, SecurityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists()) {
            return;
        }
        String email = properties.adminEmail();
        String password = properties.adminPassword();
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
            log.warn("""
                    Aucun compte du bureau n'existe : l'administration (/admin) est inaccessible. \
                    Pour créer le premier administrateur, redémarrez avec ICMF_ADMIN_EMAIL et ICMF_ADMIN_PASSWORD \
                    ({} caractères au moins). / No board account exists yet: restart with ICMF_ADMIN_EMAIL and \
                    ICMF_ADMIN_PASSWORD (at least {} characters) to create the first administrator.""",
                    BoardAccounts.MIN_PASSWORD_LENGTH, BoardAccounts.MIN_PASSWORD_LENGTH);
            return;
        }
        if (password.length() < BoardAccounts.MIN_PASSWORD_LENGTH) {
            log.error("ICMF_ADMIN_PASSWORD est trop court ({} caractères au moins) : administrateur non créé. "
                    + "/ ICMF_ADMIN_PASSWORD is too short: no administrator created.", BoardAccounts.MIN_PASSWORD_LENGTH);
            return;
        }
        accounts.create(email, "Administrateur", password, EnumSet.of(Role.ADMIN), Actor.SYSTEM);
        log.info("Premier administrateur créé : {} / First administrator created.", BoardAccounts.normalise(email));
    }
}
