package org.icmf.contact;

import java.time.Instant;

/**
 * A message arrived through the contact form and passed the spam rules (or was restored from the spam folder):
 * for modules that would like to react. It carries no personal data; the board's mails are already queued.
 */
public record ContactMessageReceived(long messageId, Topic topic, boolean toRepresentative, Instant receivedAt) {}
