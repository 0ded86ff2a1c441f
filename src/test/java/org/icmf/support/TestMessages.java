package org.icmf.support;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

/** messages.properties as the application reads it, for a unit test that builds a class without Spring. */
public final class TestMessages {

    private TestMessages() {}

    public static MessageSourceAccessor accessor() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return new MessageSourceAccessor(source, Locale.FRANCE);
    }
}
