package org.icmf.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.Markdown;
import org.icmf.web.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Placeholders are filled from whatever the configuration says, as text: the configuration cannot add markup. */
class LegalPlaceholdersTests {

    private final Markdown markdown = new Markdown();

    private LegalPlaceholders placeholders(LegalProperties legal, PrivacyFacts facts) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("facts", facts));
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("test.data", Locale.FRENCH, "Données d’essai");
        messages.addMessage("test.data.period", Locale.FRENCH, "{0} après l’essai");
        messages.addMessage("privacy.retention.host.logs", Locale.FRENCH, "Journaux");
        messages.addMessage("privacy.retention.host.logs.period", Locale.FRENCH, "{0}");
        messages.addMessage("test.cookie", Locale.FRENCH, "Rôle d’essai");
        messages.addMessage("test.cookie.lifetime", Locale.FRENCH, "{0}");
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        SiteProperties site = new SiteProperties(
                "Institut",
                "ICMF",
                URI.create("https://icmf.example"),
                "1 rue de l’Essai",
                "37000",
                "Tours",
                Duration.ofDays(30));
        return new LegalPlaceholders(legal, site, beans.getBeanProvider(PrivacyFacts.class), messages, templates);
    }

    private static final PrivacyFacts FACTS = new PrivacyFacts() {
        @Override
        public List<Retention> retentions() {
            return List.of(new Retention("test.data", "45 jours"));
        }

        @Override
        public List<Cookie> cookies() {
            return List.of(new Cookie("ESSAI", "test.cookie", "une heure"));
        }
    };

    private static LegalProperties legal(String director, String hostName) {
        return new LegalProperties(
                new LegalProperties.Director(director, "présidente", "presidente@icmf.example"),
                "02 47 00 00 00",
                new LegalProperties.Host(
                        hostName, "1 quai de l’Hébergement, 75000 Paris", "01 00 00 00 00", Duration.ofDays(180)));
    }

    @Test
    void fillsInlineAndBlockPlaceholdersFromTheConfiguration() {
        LegalPlaceholders placeholders = placeholders(legal("Camille Martin", "Hébergeur Essai SAS"), FACTS);

        Document page = Jsoup.parse(placeholders.fill(markdown.toSafeHtml("""
                Directrice : {{directeur-publication}} ({{contact-publication}}), {{telephone}}, {{siege}}, \
                {{adresse-site}}, journaux : {{journaux-serveur}}.

                {{hebergeur}}

                {{durees-conservation}}

                {{cookies}}
                """)));

        assertThat(page.select("p").first().text())
                .isEqualTo("Directrice : Camille Martin, présidente "
                        + "(presidente@icmf.example), 02 47 00 00 00, 1 rue de l’Essai, 37000 Tours, https://icmf.example, "
                        + "journaux : 180 jours.");
        assertThat(page.select("a").attr("href")).isEqualTo("mailto:presidente@icmf.example");
        assertThat(page.select("p.legal-facts").text())
                .isEqualTo("Hébergeur Essai SAS 1 quai de l’Hébergement, 75000 Paris Téléphone : 01 00 00 00 00");
        assertThat(page.select("table").get(0).select("tbody tr").eachText())
                .containsExactly("Données d’essai 45 jours après l’essai", "Journaux 180 jours");
        assertThat(page.select("table").get(1).select("tbody tr").eachText())
                .containsExactly("ESSAI Rôle d’essai une heure");
        assertThat(page.select("p").eachText()).noneMatch(text -> text.contains("{{"));
    }

    @Test
    void configuredValuesAreTextNeverMarkup() {
        LegalPlaceholders placeholders =
                placeholders(legal("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"), FACTS);

        String html = placeholders.fill(markdown.toSafeHtml("{{directeur-publication}}\n\n{{hebergeur}}"));

        assertThat(Jsoup.parse(html).select("script, img")).isEmpty();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void leavesUnknownOrMisplacedPlaceholdersAsTyped() {
        LegalPlaceholders placeholders = placeholders(legal("Camille Martin", "Hébergeur"), FACTS);

        Document page = Jsoup.parse(
                placeholders.fill(markdown.toSafeHtml("{{inconnu}} et {{cookies}} dans une phrase ; {{ telephone }}")));

        assertThat(page.text()).isEqualTo("{{inconnu}} et {{cookies}} dans une phrase ; {{ telephone }}");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void fillsEachTableOncePerPageAndLeavesItsRepeatsAsTyped() {
        LegalPlaceholders placeholders = placeholders(legal("Camille Martin", "Hébergeur"), FACTS);

        Document page = Jsoup.parse(placeholders.fill(markdown.toSafeHtml("{{cookies}}\n\n".repeat(2_000))));

        assertThat(page.select("table")).hasSize(1);
        assertThat(page.select("p"))
                .hasSize(1_999)
                .allSatisfy(repeat -> assertThat(repeat.text()).isEqualTo("{{cookies}}"));
    }

    @Test
    void leavesPagesWithoutPlaceholdersUntouched() {
        String html = "<p>La charte <em>éthique</em></p>";
        assertThat(placeholders(legal("A", "B"), FACTS).fill(html)).isSameAs(html);
    }
}
