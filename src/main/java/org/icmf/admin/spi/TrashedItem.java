package org.icmf.admin.spi;

import java.time.LocalDateTime;

/** A post or page waiting in the trash, as the admin trash lists show it (times in the site's zone). */
public record TrashedItem(
        long id, String title, LocalDateTime trashedAt, String trashedBy, LocalDateTime purgedAfter) {}
