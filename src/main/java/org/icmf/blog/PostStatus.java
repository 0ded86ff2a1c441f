package org.icmf.blog;

/**
 * A post is public when PUBLISHED and its publication time has come. A TRASHED post waits in the trash,
 * remembering the status it had, until it is put back or purged.
 */
enum PostStatus {
    DRAFT,
    PUBLISHED,
    TRASHED
}
