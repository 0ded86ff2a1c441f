package org.icmf.comments;

/** Who wrote a comment through the form, as stored: name trimmed, e-mail in lower case, website checked or null. */
record Commenter(String name, String email, String website, boolean notifyReplies) {}
