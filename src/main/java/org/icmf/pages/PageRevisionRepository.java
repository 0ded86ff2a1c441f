package org.icmf.pages;

import org.icmf.editing.RevisionRepository;

interface PageRevisionRepository extends RevisionRepository<PageRevision> {}
