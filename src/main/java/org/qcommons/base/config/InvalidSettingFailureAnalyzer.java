package org.qcommons.base.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up fails with the sentence that says what to change, not the bean creation chain around it. */
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Change the setting " + cause.setting()
                        + " (in application.properties, an environment variable or a command-line argument).",
                cause);
    }
}
