/**
 * Shared web building blocks used by every feature: layout model, error pages, pagination, French
 * formatting, Markdown rendering with sanitising, slugs. Open so that features can use any of it.
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.icmf.web;

import org.springframework.modulith.ApplicationModule;
