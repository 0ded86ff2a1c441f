/**
 * What the post and page editors share: content with revisions, a trash and a guard against concurrent saves
 * ({@link org.icmf.editing.ContentEditor}), the audit actions of that editing, and the admin editor's form flow
 * ({@link org.icmf.editing.EditorForms}). Blog and pages build on it; it knows neither.
 */
@ApplicationModule(
        allowedDependencies = {"admin :: spi", "audit", "security", "web"},
        displayName = "Editing toolkit")
package org.icmf.editing;

import org.springframework.modulith.ApplicationModule;
