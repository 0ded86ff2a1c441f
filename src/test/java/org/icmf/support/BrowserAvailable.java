package org.icmf.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser journeys where Chromium and chromedriver are installed, and skips them with one visible line where
 * they are not, so that {@code ./mvnw verify} passes on a machine with only a JDK. {@code .ci/run} sets
 * {@value #REQUIRED}{@code =true}: the journeys then always run, and a missing browser fails the build instead of
 * being skipped in silence.
 */
public class BrowserAvailable implements ExecutionCondition {

    public static final String REQUIRED = "icmf.browser-tests.required";
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Boolean.getBoolean(REQUIRED)) {
            return ConditionEvaluationResult.enabled(REQUIRED + " is set");
        }
        List<String> missing = Browser.missingPrograms();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        String reason = "Browser journeys skipped: " + String.join(" and ", missing) + " not found (apt-get install"
                + " chromium chromium-driver, or -Dicmf.chromium=… -Dicmf.chromedriver=…; .ci/run requires them)";
        if (TOLD.compareAndSet(false, true)) {
            System.out.println("[WARNING] " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
