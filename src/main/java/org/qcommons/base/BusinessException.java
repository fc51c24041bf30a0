package org.qcommons.base;

/** A rule the user broke; its message is safe and meant to be shown as it is. */
public class BusinessException extends RuntimeException {
    public BusinessException(String message) {
        super(message);
    }
}
