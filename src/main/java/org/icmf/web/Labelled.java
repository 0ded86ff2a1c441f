package org.icmf.web;

import org.springframework.context.MessageSourceResolvable;

/**
 * A value shown to people by its name in French, worded in {@code messages.properties} under {@link #labelKey()}
 * (an enum's constants: {@code region.BRETAGNE}). Templates write {@code #{${region.labelKey()}}}; Java resolves it
 * with {@code MessageSourceAccessor.getMessage(region)} or passes it as an argument of another message.
 */
public interface Labelled extends MessageSourceResolvable {

    String labelKey();

    @Override
    default String[] getCodes() {
        return new String[] {labelKey()};
    }
}
