/**
 * The association's newsletter: anyone subscribes at {@code /lettre} (double opt-in), members from their space
 * ({@link org.icmf.newsletter.Subscriptions}); the board composes an issue at {@code /admin/lettres} (an
 * introduction in Markdown, recent posts and upcoming events), previews it, mails a test to itself and sends it
 * through the outbox in batches; every mail has a one-click unsubscribe (RFC 8058). Sent issues are archived at
 * {@code /lettre/archives}.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "blog",
            "events",
            "mail",
            "mail :: spi",
            "members :: spi",
            "privacy :: spi",
            "security",
            "security :: spi",
            "sitemap :: spi",
            "web"
        },
        displayName = "Lettre d’information")
package org.icmf.newsletter;

import org.springframework.modulith.ApplicationModule;
