package org.icmf.editing;

/** The fields every editor's form record has; {@code version} is the one the form was opened on. */
public interface ContentForm {

    /** The most characters a text may hold, in the form and in the live preview. */
    int MAX_BODY_LENGTH = 100_000;

    String title();

    String slug();

    String body();

    String version();
}
