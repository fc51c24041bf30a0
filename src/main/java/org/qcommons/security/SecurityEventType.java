package org.qcommons.security;

public enum SecurityEventType {
    SIGN_IN_SUCCESS,
    SIGN_IN_FAILURE,
    SIGN_IN_THROTTLED,
    ACCESS_DENIED,
    SIGN_OUT
}
