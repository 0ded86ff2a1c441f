/**
 * Comments on blog posts and on the pages that allow them: the form under a subject with its spam defences
 * ({@link org.icmf.web.SpamGuard}), moderation (a first-time commenter waits; a known author's next comments
 * appear at once), threads one level deep, the association's replies, comment counts and feeds, e-mails to
 * moderators (batched) and to commenters told of replies, the board's pages under {@code /admin/commentaires},
 * and the commenters' RGPD rights. What a subject is (post, page) comes from the modules that own them, through
 * {@link org.icmf.comments.spi.CommentSubjectSource}; they render the section this module builds
 * ({@link org.icmf.comments.CommentSections}).
 */
@ApplicationModule(
        allowedDependencies = {"audit", "mail", "privacy :: spi", "security", "security :: spi", "web"},
        displayName = "Commentaires")
package org.icmf.comments;

import org.springframework.modulith.ApplicationModule;
