package org.icmf.blog;

import org.icmf.editing.RevisionRepository;

interface PostRevisionRepository extends RevisionRepository<PostRevision> {}
