package org.icmf.admin;

import org.icmf.admin.spi.TrashedItem;
import org.icmf.web.Paging;

/** One page of a trash: {@code kind} is {@code post} or {@code page}, {@code basePath} the section's address. */
public record TrashListing(String kind, Paging<TrashedItem> items, String basePath) {}
