/**
 * The contact form: one way for visitors (press, partners, future members) to reach the board, or a regional
 * representative, without any e-mail address being published. Messages are stored, mailed to the board through
 * the outbox and acknowledged to their sender; the board reads, answers and sorts them in its inbox
 * ({@code /admin/messages}). Spam defences come from {@link org.icmf.web.SpamGuard}.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "mail",
            "privacy :: spi",
            "regions",
            "security",
            "security :: spi",
            "sitemap :: spi",
            "web"
        },
        displayName = "Contact")
package org.icmf.contact;

import org.springframework.modulith.ApplicationModule;
