package org.icmf.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SpamGuard's stamps ({@code millis.signature}) as the site signs them with the tests' form key, for a form shown
 * any time ago: tests need not wait the minimum fill time, and can send stale or forged ones.
 */
public final class FormStamps {

    /** The form key {@link SiteTest} gives the application. */
    public static final String KEY = "cle-des-formulaires-pour-les-tests";

    private FormStamps() {}

    /** The stamp of a form shown that many seconds ago. */
    public static String shownSecondsAgo(long seconds) {
        String millis = Long.toString(Instant.now().minusSeconds(seconds).toEpochMilli());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return millis + "."
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(mac.doFinal(millis.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
