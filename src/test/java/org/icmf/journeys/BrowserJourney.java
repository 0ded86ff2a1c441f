package org.icmf.journeys;

import org.icmf.support.Browser;
import org.icmf.support.BrowserAvailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the running site in one headless Chromium, opened once per test class; skipped, with one line
 * saying so, where Chromium is not installed (unless {@code .ci/run} requires it: {@link BrowserAvailable}).
 */
@ExtendWith(BrowserAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserJourney {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** SpamGuard takes a form sent sooner than icmf.spam.minimum-fill-time (3 s) after it was shown for a robot. */
    static void takeTheTimeAPersonTakes(long shownAt) throws InterruptedException {
        long wait = shownAt + 3_500 - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
