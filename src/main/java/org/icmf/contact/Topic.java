package org.icmf.contact;

import org.icmf.web.Labelled;

/** What a message is about, as its sender chose it; {@link #REPRESENTATIVE} only when writing to a representative. */
public enum Topic implements Labelled {
    MEMBERSHIP,
    PRESS,
    PARTNERSHIP,
    EVENTS,
    OTHER,
    REPRESENTATIVE;

    @Override
    public String labelKey() {
        return "contact.topic." + name();
    }
}
