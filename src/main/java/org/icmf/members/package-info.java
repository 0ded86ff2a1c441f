/**
 * The members' space ({@code /espace-membre}): a member signs in with a link e-mailed to their address (no
 * password), in a session of their own, kept with the board's in PostgreSQL but apart from them, and finds there
 * their membership, dues and receipts, contact details, choices, event registrations and comments. The signed-in
 * member is {@link org.icmf.members.SignedInMember}.
 */
@ApplicationModule(
        allowedDependencies = {
            "comments",
            "events",
            "mail",
            "membership",
            "privacy",
            "privacy :: spi",
            "regions",
            "security",
            "web"
        },
        displayName = "Espace membre")
package org.icmf.members;

import org.springframework.modulith.ApplicationModule;
