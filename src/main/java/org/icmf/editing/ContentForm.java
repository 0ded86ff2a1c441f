package org.icmf.editing;

/** The fields every editor's form record has; {@code version} is the one the form was opened on. */
public interface ContentForm {

    String title();

    String slug();

    String body();

    String version();
}
