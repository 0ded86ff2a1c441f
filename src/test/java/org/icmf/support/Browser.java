package org.icmf.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: nothing is downloaded (no Selenium
 * Manager). {@code .ci/run} installs both packages when they are missing.
 */
public final class Browser {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {}

    private static String chromium() {
        return System.getProperty("icmf.chromium", "/usr/bin/chromium");
    }

    private static String chromedriver() {
        return System.getProperty("icmf.chromedriver", "/usr/bin/chromedriver");
    }

    /** The programs the journeys need that are not installed (empty when both are). */
    public static List<String> missingPrograms() {
        return Stream.of(chromium(), chromedriver())
                .filter(program -> !Files.isExecutable(Path.of(program)))
                .toList();
    }

    public static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=fr-FR",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver()).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // No implicit wait: a journey waits explicitly for the next page (BrowserJourney.clickToNextPage, awaitUrl).
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Waits until the browser shows a page whose address contains {@code fragment}. */
    public static void awaitUrl(ChromeDriver driver, String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(fragment));
    }

    public static void phoneWidth(ChromeDriver driver) {
        driver.manage().window().setSize(new Dimension(360, 800));
    }

    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resizes the window to the page's full height so a screenshot shows the whole page. */
    public static Path fullPageScreenshot(ChromeDriver driver, String name) {
        Dimension before = driver.manage().window().getSize();
        Number height =
                (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(height.intValue() + 140, 6000)));
        try {
            return screenshot(driver, name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** WCAG 2.1 A and AA violations that axe-core rates serious or critical on the current page. */
    public static List<String> seriousAccessibilityViolations(ChromeDriver driver) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                        + rule.getNodes().stream()
                                .map(node -> node.getTarget().toString())
                                .toList())
                .toList();
    }
}
