package org.qcommons.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Collectors;
import org.hibernate.search.util.common.SearchException;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.ErrorIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Turns any exception into words a user can act on. Stack traces go to the log only, under an error id. */
public final class UserMessages {

    private static final Logger log = LoggerFactory.getLogger(UserMessages.class);

    private UserMessages() {}

    public static String describe(Throwable error) {
        Throwable t = rootOfInterest(error);
        if (t instanceof BusinessException || t instanceof ConcurrentEditException) {
            return t.getMessage();
        }
        if (t instanceof ObjectOptimisticLockingFailureException) {
            return new ConcurrentEditException("This record").getMessage();
        }
        if (t instanceof ConstraintViolationException invalid) {
            // A form without field-level validation let a value through that the entity refuses: say which rule.
            return "Nothing was saved. "
                    + invalid.getConstraintViolations().stream()
                            .map(ConstraintViolation::getMessage)
                            .distinct()
                            .sorted()
                            .collect(Collectors.joining(". "))
                    + ".";
        }
        if (t instanceof AccessDeniedException || t instanceof AuthorizationDeniedException) {
            return "You do not have permission to do that.";
        }
        if (searchDown(error)) {
            return "Search is unavailable at the moment. Everything saved is safe; please try again in a few minutes.";
        }
        if (isOutage(t)) {
            return "Q Commons is temporarily unavailable. Your change was not saved; please try again in a minute.";
        }
        String id = ErrorIds.next();
        log.error("Unexpected error {}", id, error);
        return "Something went wrong on our side. Nothing was lost that you had already saved. "
                + "If it happens again, quote error id " + id + ".";
    }

    public static void showError(Throwable error) {
        Notification n = Notification.show(describe(error), 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void showSuccess(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The database cannot be reached: say so plainly; the pool reconnects by itself when it returns. */
    /** The cluster profile's search servers cannot be reached (decision 108). */
    static boolean searchDown(Throwable error) {
        boolean search = false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            search |= t instanceof SearchException;
            if (search && t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    static boolean isOutage(Throwable t) {
        return t instanceof DataAccessResourceFailureException
                || t instanceof CannotCreateTransactionException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException;
    }

    private static Throwable rootOfInterest(Throwable error) {
        Throwable t = error;
        while (t != null) {
            if (t instanceof BusinessException
                    || t instanceof ConcurrentEditException
                    || t instanceof ObjectOptimisticLockingFailureException
                    || t instanceof AccessDeniedException
                    || t instanceof AuthorizationDeniedException
                    || isOutage(t)
                    || t instanceof ConstraintViolationException) {
                return t;
            }
            t = t.getCause();
        }
        return error;
    }
}
