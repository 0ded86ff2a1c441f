package org.icmf.editing;

/** A post or page as an admin list links to it: its title and the address of its editor. */
public record ContentLink(String title, String editPath) {}
