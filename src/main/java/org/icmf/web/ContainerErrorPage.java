package org.icmf.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.catalina.Context;
import org.apache.catalina.Pipeline;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
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
 * adds that valve, and puts in its place one that also sends the site's security headers.
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final String POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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
        Pipeline pipeline = context.getParent().getPipeline();
        Arrays.stream(pipeline.getValves())
                .filter(ErrorReportValve.class::isInstance)
                .forEach(pipeline::removeValve);
        ErrorReportValve valve = new HeadedErrorReportValve();
        valve.setShowReport(false);
        valve.setShowServerInfo(false);
        valve.setProperty("errorCode.400", page.toString());
        pipeline.addValve(valve);
        // Else the host, finding no valve of its class at start, adds Tomcat's own in front of this one.
        ((StandardHost) context.getParent()).setErrorReportValveClass(HeadedErrorReportValve.class.getName());
    }

    /**
     * Tomcat's report with the headers Spring Security gives every other page, which it never sees here: the page
     * loads nothing, so its policy allows nothing.
     */
    private static final class HeadedErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (response.getStatus() >= 400 && !response.isCommitted()) {
                response.setHeader("Content-Security-Policy", POLICY);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            }
            super.report(request, response, throwable);
        }
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
