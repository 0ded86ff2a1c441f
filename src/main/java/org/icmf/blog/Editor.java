package org.icmf.blog;

/** Who saves a post: the board account (null for imports) and the name recorded in its revisions. */
public record Editor(Long accountId, String name) {
}
