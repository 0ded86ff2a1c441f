package org.icmf.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.Context;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The French page for the bad requests Tomcat answers itself, before Spring sees them (a path holding {@code %00}
 * or an encoded slash): a static page written at start-up to a temporary file, which the host's
 * {@link ErrorReportValve} serves for a 400 instead of its English report. Runs after Boot's own customizer, which
 * adds that valve without stack trace or server version, and configures it.
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final Path page;

    ContainerErrorPage(MessageSource messages) {
        this.page = write(messages);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(this::configure);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private void configure(Context context) {
        List<ErrorReportValve> valves = Arrays.stream(
                        context.getParent().getPipeline().getValves())
                .filter(ErrorReportValve.class::isInstance)
                .map(ErrorReportValve.class::cast)
                .toList();
        if (valves.isEmpty()) {
            ErrorReportValve valve = new ErrorReportValve();
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            context.getParent().getPipeline().addValve(valve);
            valves = List.of(valve);
        }
        valves.forEach(valve -> valve.setProperty("errorCode.400", page.toString()));
    }

    private static Path write(MessageSource messages) {
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.4xx.title", null, Locale.FRENCH), "UTF-8");
        String text = HtmlUtils.htmlEscape(messages.getMessage("error.4xx.text", null, Locale.FRENCH), "UTF-8");
        String html = """
                <!DOCTYPE html>
                <html lang="fr">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s</title></head>
                <body><main><h1>%1$s</h1><p>%2$s</p><p><a href="/">Revenir aux actualités</a></p></main></body>
                </html>
                """.formatted(title, text);
        try {
            Path file = Files.createTempFile("icmf-error-", ".html");
            file.toFile().deleteOnExit();
            return Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
