package org.icmf.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Text that Java chooses but {@code messages.properties} words: a key and the values for its {0}, {1}…
 * Templates show it with {@code ${@messageSource.getMessage(text, #locale)}}; an argument may be such a text
 * itself. Numbers shown as typed (a year, a page) are passed as strings, since MessageFormat would group their
 * digits ("2 009").
 */
public final class Messages {

    private Messages() {}

    public static MessageSourceResolvable message(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }

    /** Text shown as typed (a post's title): nothing to look up, and it never goes through MessageFormat. */
    public static MessageSourceResolvable verbatim(String text) {
        return new DefaultMessageSourceResolvable(null, null, text);
    }
}
