package org.icmf.admin;

import org.icmf.admin.spi.TrashedItem;
import org.springframework.data.domain.Page;

/** One page of a trash: {@code kind} is {@code post} or {@code page}, {@code basePath} the section's address. */
public record TrashListing(String kind, Page<TrashedItem> items, String basePath) {}
