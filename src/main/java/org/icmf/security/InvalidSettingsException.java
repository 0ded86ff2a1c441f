package org.icmf.security;

/**
 * A setting the site cannot start with. Its message is one sentence, in French then English, naming the
 * setting but never its value (a password would end up in the logs); {@link InvalidSettingsFailureAnalyzer}
 * prints it instead of a stack trace.
 */
class InvalidSettingsException extends RuntimeException {

    InvalidSettingsException(String message) {
        super(message);
    }
}
