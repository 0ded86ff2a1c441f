package org.icmf.blog;

/** A post is public when PUBLISHED and its publication time has come. */
enum PostStatus {
    DRAFT, PUBLISHED
}
