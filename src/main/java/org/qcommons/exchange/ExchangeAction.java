package org.qcommons.exchange;

public enum ExchangeAction {
    ACCEPT("accept the invitation"),
    DECLINE("decline the invitation"),
    APPROVE_RELEASE("approve the release"),
    REFUSE_RELEASE("refuse the release"),
    LOG_DAYS("log the days delivered"),
    CONFIRM_DAYS("confirm the days"),
    LEAVE_FEEDBACK("leave feedback"),
    CANCEL("cancel the exchange");

    private final String phrase;

    ExchangeAction(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }
}
