package org.icmf.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a new board password must be: long enough, and short enough for bcrypt to read it whole. */
final class Passwords {

    static final int MIN_LENGTH = 12;

    /** bcrypt reads only the first 72 bytes of a password: a longer one is refused rather than silently cut. */
    static final int MAX_BYTES = 72;

    enum Problem {
        TOO_SHORT("tooShort"),
        TOO_LONG("tooLong");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        /** The end of the French text's key in messages.properties; its arguments are {@link #messageArguments()}. */
        String code() {
            return code;
        }

        static Object[] messageArguments() {
            return new Object[] {MIN_LENGTH, MAX_BYTES};
        }
    }

    private Passwords() {}

    /** Why this new password is refused, or empty when it is fine. */
    static Optional<Problem> check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        // A UTF-16 unit never encodes to fewer bytes, so a long value is refused without encoding it.
        if (password.length() > MAX_BYTES || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }
}
