package org.icmf.journeys;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.icmf.members.MemberFixtures;
import org.icmf.support.Browser;
import org.icmf.support.BrowserAvailable;
import org.icmf.support.FormStamps;
import org.icmf.support.SiteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;

/**
 * A journey through the running site in one headless Chromium, shared by the journeys; skipped, with one line
 * saying so, where Chromium is not installed (unless {@code .ci/run} requires it: {@link BrowserAvailable}). The site
 * is the one Spring context of {@link SiteTest}. Selenium waits only when told to: {@link #clickToNextPage} waits
 * until the browser has left the page.
 */
@ExtendWith(BrowserAvailable.class)
@SiteTest
abstract class BrowserJourney {

    static ChromeDriver browser;

    private static ChromeDriver shared;

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    /** One Chromium for every journey of the run, started by the first one and quit when the JVM ends. */
    @BeforeAll
    static synchronized void openBrowser() {
        if (shared == null) {
            shared = Browser.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::quit));
        }
        browser = shared;
    }

    /**
     * MockMvc's {@code csrf()}, used by other tests of this shared context, swaps the CSRF repository of the filter
     * chain it went through (the site's, the members' space's) for a session-based one: the browser must meet the
     * site's cookie repository, which creates no session.
     */
    @BeforeEach
    void useTheSitesCsrfCookies() {
        for (String path : List.of("/", "/espace-membre")) {
            WebTestUtils.setCsrfTokenRepository(
                    new MockHttpServletRequest(context.getServletContext(), "GET", path),
                    new CookieCsrfTokenRepository());
        }
    }

    /** The next journey starts as a new visitor would: no cookie (no session), the desktop window. */
    @AfterAll
    static void forgetTheVisitor() {
        if (browser != null) {
            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Clicks a link or a form's button and waits until the browser shows another document, fully loaded. The old
     * document is recognised by a mark left on its window, not by asking whether its {@code <html>} went stale:
     * Chromium answers that question about a detached node with an "unknown error" now and then.
     */
    static void clickToNextPage(WebElement target) {
        browser.executeScript("window.icmfPreviousPage = true");
        target.click();
        // While the navigation is under way, a script may fail to run: asked again until the new page answers.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(browser.executeScript(
                        "return window.icmfPreviousPage === undefined && document.readyState === 'complete'")));
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /**
     * Waits until the first element {@code css} selects reads {@code text}, read again if a script replaced it
     * meanwhile (the editor's live preview renders the text anew, also once the page has loaded).
     */
    static void awaitText(String css, String text) {
        waiting().until(ExpectedConditions.textToBe(By.cssSelector(css), text));
    }

    /** Opens an admin page and signs in on the login form it sends the visitor to, landing back on that page. */
    void signInAt(String path, String email, String password) {
        browser.get(url(path));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        clickToNextPage(browser.findElement(By.cssSelector("form.form button[type=submit]")));
    }

    /** Signs a member in by the link their mail would carry, written straight to the table instead of mailed. */
    void memberSignsIn(JdbcClient jdbc, String email) {
        browser.get(url(MemberFixtures.signInLink(jdbc, email)));
        clickToNextPage(browser.findElement(By.xpath("//button[normalize-space()='Me connecter']")));
    }

    /**
     * SpamGuard takes a form sent sooner than icmf.spam.minimum-fill-time (3 s) after it was shown for a robot: the
     * form's stamp becomes that of a form shown 20 s ago (signed with the tests' key), as if a person had taken the
     * time to type, instead of the test waiting.
     */
    static void takeTheTimeAPersonTakes() {
        browser.executeScript(
                "document.querySelectorAll('input[name=stamp]').forEach(field => field.value = arguments[0])",
                FormStamps.shownSecondsAgo(20));
    }

    /**
     * From the next page on, every Content-Security-Policy violation is noted in {@code window.icmfPolicyViolations}:
     * a script the browser runs before the page's own (through the DevTools protocol, not subject to the policy), so
     * that nothing is added to the site for the test. Returns the script's identifier, to remove it.
     */
    static String recordPolicyViolations() {
        Map<String, Object> added = browser.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.icmfPolicyViolations = [];"
                                + "document.addEventListener('securitypolicyviolation', event =>"
                                + " window.icmfPolicyViolations.push(event.violatedDirective + ' ' + event.blockedURI));"));
        return (String) added.get("identifier");
    }
}
