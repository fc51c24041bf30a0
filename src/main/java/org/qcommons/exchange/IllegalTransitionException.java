package org.qcommons.exchange;

import org.qcommons.base.BusinessException;

/** A workflow step that does not follow from the exchange's current state, or that this person may not take. */
public class IllegalTransitionException extends BusinessException {
    public IllegalTransitionException(String message) {
        super(message);
    }
}
