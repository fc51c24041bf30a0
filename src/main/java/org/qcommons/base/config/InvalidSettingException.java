package org.qcommons.base.config;

/** A setting that binds but cannot work; {@link InvalidSettingFailureAnalyzer} turns it into one sentence. */
public class InvalidSettingException extends RuntimeException {

    private final String setting;

    public InvalidSettingException(String setting, String sentence) {
        super(sentence);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
