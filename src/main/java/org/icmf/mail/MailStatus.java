package org.icmf.mail;

/** Where a mail of the outbox stands. */
enum MailStatus {

    /** Waiting for the sender (first attempt or a retry after a failure). */
    PENDING,
    /** Taken by a sender, which is talking to the SMTP server; tried again if its claim runs out first. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server is configured: kept for reading in the admin page (development setup). */
    KEPT,
    /** Given up after the last attempt. */
    FAILED
}
