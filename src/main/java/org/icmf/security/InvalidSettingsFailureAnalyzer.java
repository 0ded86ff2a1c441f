package org.icmf.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up refused for a setting: the one sentence saying which and why, without a stack trace. */
class InvalidSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingsException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Corrigez ce réglage (variable d'environnement) puis redémarrez. / Fix this setting (environment "
                        + "variable) and start again; docs/configuration.md and docs/operations.md list them.",
                cause);
    }
}
