package org.icmf.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.icmf.web.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the plain-text mails: Thymeleaf TEXT templates under {@code templates/mail/} ({@code .txt}), whose
 * first line is the subject, then one blank line, then the body. Every mail ends with the footer
 * {@code templates/mail/footer.txt} (the site's name and postal address), appended here so that no template
 * can forget it.
 *
 * <p>Write variables as {@code [(${name})]} (or {@code th:utext}), never {@code [[${name}]]} nor {@code th:text}:
 * Thymeleaf HTML-escapes those even in TEXT mode, and a plain-text mail would then show {@code &amp;} or
 * {@code &#39;} for a name's {@code &} or apostrophe. With {@code [(…)]} a variable holding {@code <b>} stays
 * those characters, which is right for text/plain. {@code MailTemplatesTests} checks every template for this.
 *
 * <p>The engine is private to this class rather than a bean: a second template engine bean would stop
 * Spring Boot from configuring the one that renders the site's HTML pages.
 */
@Component
class MailTemplates {

    static final String FOOTER = "footer";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");

    private final SpringTemplateEngine engine;
    private final SpringTemplateEngine htmlEngine;
    private final SiteProperties site;

    MailTemplates(SiteProperties site, MessageSource messages) {
        this.site = site;
        this.engine = engine(TemplateMode.TEXT, ".txt", messages);
        this.htmlEngine = engine(TemplateMode.HTML, ".html", messages);
    }

    private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    /** @param html the HTML part, null for a plain-text mail */
    record Rendered(String subject, String body, String html) {}

    /**
     * The mail {@code template} gives, with its HTML part from {@code templates/mail/<template>.html} (an HTML
     * Thymeleaf template, escaping as pages do; it shows the site's name and address itself).
     */
    Rendered renderWithHtml(String template, Map<String, Object> model) {
        Rendered text = render(template, model);
        Context context = new Context(Locale.FRENCH, variables(model));
        return new Rendered(text.subject(), text.body(), normalise(htmlEngine.process(template, context)));
    }

    /** The mail {@code template} gives with the caller's variables, {@code site} and the footer. */
    Rendered render(String template, Map<String, Object> model) {
        if (template == null || !NAME.matcher(template).matches() || template.equals(FOOTER)) {
            throw new IllegalArgumentException("Not a mail template name: " + template);
        }
        Context context = new Context(Locale.FRENCH, variables(model));
        String text = normalise(engine.process(template, context));
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw new IllegalStateException("Mail template " + template
                    + " must start with the subject line, then a blank line, then the body");
        }
        String subject = oneLine(text.substring(0, blank));
        if (subject.isEmpty()) {
            throw new IllegalStateException("Mail template " + template + " renders an empty subject");
        }
        String body = text.substring(blank + 2).strip();
        String footer = normalise(engine.process(FOOTER, context)).strip();
        return new Rendered(abbreviate(subject, OutboxMail.MAX_SUBJECT), body + "\n\n" + footer + "\n", null);
    }

    private Map<String, Object> variables(Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model == null ? Map.of() : model);
        variables.put("site", site);
        return variables;
    }

    /** Line ends as {@code \n}; NUL, which PostgreSQL cannot store in text, dropped. */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\0", "");
    }

    /**
     * The subject header's value: no variable can break it into a second header, so every run of blanks, line
     * breaks (CR, LF, NEL, U+2028/9) and other control characters becomes one space.
     */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)
                    || Character.isISOControl(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT && c != '\u200d') {
                blank = true;
            } else {
                if (blank && !line.isEmpty()) {
                    line.append(' ');
                }
                blank = false;
                line.append(c);
            }
        }
        return line.toString();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
