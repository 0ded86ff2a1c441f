package org.icmf.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icmf.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/** A visitor reads the news in a real browser: home → post → archive → search, on desktop and phone. */
class ReadingTheBlogBrowserIT extends BrowserJourney {

    @Test
    void visitorGoesFromHomeToAPostToTheArchiveAndSearches() {
        browser.get(url("/"));
        assertThat(browser.getTitle()).isEqualTo("Institut des Community Managers Français (ICMF)");
        assertThat(browser.findElement(By.cssSelector(".date-header")).getText())
                .isEqualTo("vendredi 29 mai 2009");
        Browser.fullPageScreenshot(browser, "01-accueil");

        clickToNextPage(browser.findElement(By.linkText("Communiqué de presse")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Communiqué de presse");
        assertThat(browser.findElement(By.cssSelector(".post-body")).getText()).contains("Parlez-vous le web 2.o ?");
        assertThat(browser.findElement(By.cssSelector(".signature")).getText()).startsWith("Nathalie DURAN");
        Browser.fullPageScreenshot(browser, "02-article");

        clickToNextPage(browser.findElement(By.linkText("Mars")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Archives mars 2009");
        assertThat(browser.findElements(By.cssSelector(".post-summary"))).hasSize(5);
        Browser.screenshot(browser, "03-archive-mars-2009");

        browser.findElement(By.id("recherche-entete")).sendKeys("bouche", Keys.ENTER);
        Browser.awaitUrl(browser, "/recherche?q=bouche");
        assertThat(browser.findElement(By.cssSelector(".search-count")).getText())
                .isEqualTo("1 article correspond à « bouche ».");
        assertThat(browser.findElement(By.cssSelector(".search-results mark")).getText())
                .isEqualToIgnoringCase("bouche");
        Browser.screenshot(browser, "04-recherche-bouche");

        clickToNextPage(browser.findElement(By.cssSelector(".search-results h2 a")));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Ethique, pourquoi le label bouche à oreilles® ?");
    }

    @Test
    void skipLinkTakesKeyboardUsersToTheContent() {
        browser.get(url("/charte"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Aller au contenu");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("contenu");
    }

    @Test
    void pagesFitAPhoneScreenWithoutHorizontalScrolling() {
        Browser.phoneWidth(browser);
        try {
            for (String path : List.of(
                    "/",
                    "/blog/2009/03/qu-est-ce-qu-un-community-manager",
                    "/association",
                    "/adherer",
                    "/mentions-legales",
                    "/confidentialite",
                    "/accessibilite")) {
                browser.get(url(path));
                Number overflow = (Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow.intValue()).as(path).isLessThanOrEqualTo(0);
            }
            browser.get(url("/"));
            Browser.fullPageScreenshot(browser, "05-accueil-telephone");
            browser.get(url("/le-metier"));
            Browser.fullPageScreenshot(browser, "06-le-metier-telephone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void mainPagesHaveNoSeriousAccessibilityViolations() {
        for (String path : List.of(
                "/",
                "/blog/2009/03/le-cafe-des-community-managers",
                "/charte",
                "/le-metier",
                "/association",
                "/adherer",
                "/recherche?q=community",
                "/page-inconnue",
                "/evenements",
                "/association/regions",
                "/association/membres",
                "/mes-donnees",
                "/contact",
                "/mentions-legales",
                "/confidentialite",
                "/accessibilite")) {
            browser.get(url(path));
            assertThat(Browser.seriousAccessibilityViolations(browser)).as(path).isEmpty();
        }
    }
}
