package org.icmf.admin;

/**
 * What the "put in the trash?" page asks about: {@code kind} is {@code post} or {@code page} (it picks the
 * wording), {@code action} the address the confirming form posts to, {@code cancel} where "Annuler" leads.
 */
public record TrashConfirmation(String kind, String title, String action, String cancel) {}
