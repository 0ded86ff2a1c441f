package org.icmf.events;

/** Who registers, as checked from the form: e-mail normalised to lower case, blanks as null. */
public record Registrant(String firstName, String lastName, String email, String organisation, int companions) {}
