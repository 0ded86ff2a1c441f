package org.icmf.media;

/**
 * An upload the library refuses: not an image it accepts, an unsafe SVG, too heavy or too large. Carries the
 * key of a French message (messages.properties) and its arguments, to be shown next to the file field.
 */
public class ImageRejectedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    ImageRejectedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
