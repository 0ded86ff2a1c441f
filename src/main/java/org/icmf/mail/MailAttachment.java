package org.icmf.mail;

/** A file sent with a mail, e.g. {@code attestation-cotisation-2026-0007.pdf}, application/pdf. */
public record MailAttachment(String fileName, String contentType, byte[] data) {}
