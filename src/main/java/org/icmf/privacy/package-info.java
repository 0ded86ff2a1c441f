/**
 * "Mes données" (RGPD): anyone asks at {@code /mes-donnees} for a link mailed to their address, which opens
 * everything every module holds for it ({@link org.icmf.privacy.spi.PersonalDataSource}), to read, download or
 * erase, and a member's choices ({@link org.icmf.privacy.spi.MemberChoices}). Modules describe what they keep and
 * for how long for the privacy page through {@link org.icmf.privacy.spi.PrivacyFacts}.
 */
@ApplicationModule(
        allowedDependencies = {"mail", "web"},
        displayName = "Mes données")
package org.icmf.privacy;

import org.springframework.modulith.ApplicationModule;
