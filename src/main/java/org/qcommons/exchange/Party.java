package org.qcommons.exchange;

/** The sides of an exchange: the lent member, their home organisation's coordinator, and the host's coordinator. */
public enum Party {
    MEMBER("the member"),
    HOME_COORDINATOR("the member's home coordinator"),
    HOST_COORDINATOR("the host's coordinator");

    private final String phrase;

    Party(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }
}
