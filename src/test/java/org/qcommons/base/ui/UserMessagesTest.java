package org.qcommons.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

class UserMessagesTest {

    @Test
    void businessMessagesAreShownAsTheyAre() {
        assertThat(UserMessages.describe(new RuntimeException(new BusinessException("Pick a date in the window."))))
                .isEqualTo("Pick a date in the window.");
    }

    @Test
    void concurrentEditsAreExplained() {
        assertThat(UserMessages.describe(new ObjectOptimisticLockingFailureException(Object.class, 1L)))
                .contains("changed by someone else");
        assertThat(UserMessages.describe(new ConcurrentEditException("This project")))
                .startsWith("This project");
    }

    @Test
    void outagesSayTemporarilyUnavailable() {
        assertThat(UserMessages.describe(new CannotCreateTransactionException("no connection")))
                .contains("temporarily unavailable");
        assertThat(UserMessages.describe(new DataAccessResourceFailureException("down")))
                .contains("temporarily unavailable");
    }

    @Test
    void unexpectedErrorsGiveAnIdAndNoInternals() {
        String message = UserMessages.describe(new NullPointerException("secret internal detail"));
        assertThat(message)
                .matches(".*error id [A-Z2-9]{8}\\.$")
                .doesNotContain("secret")
                .doesNotContain("NullPointer");
        assertThat(UserMessages.describe(new AccessDeniedException("x")))
                .isEqualTo("You do not have permission to do that.");
    }
}
