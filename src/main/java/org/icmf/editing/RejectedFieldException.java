package org.icmf.editing;

/**
 * Saving is refused because of one field (an address another item has, a cover image no longer in the library):
 * {@code messageKey} explains it next to the field; {@code restoreMessageKey} when restoring a revision was refused.
 */
public class RejectedFieldException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final String restoreMessageKey;

    public RejectedFieldException(String field, String messageKey, String restoreMessageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.restoreMessageKey = restoreMessageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String restoreMessageKey() {
        return restoreMessageKey;
    }
}
