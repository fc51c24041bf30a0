package org.qcommons.meetings.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.ui.UserMessages;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Explains a concurrent edit and offers to reload; any other error is shown as usual. */
final class ConflictDialog {

    private ConflictDialog() {}

    static void showOrError(RuntimeException error, Runnable reload) {
        if (!isConflict(error)) {
            UserMessages.showError(error);
            return;
        }
        ConfirmDialog d =
                new ConfirmDialog("Changed by someone else", UserMessages.describe(error), "Reload", e -> reload.run());
        d.setCancelText("Keep my changes on screen");
        d.setCancelable(true);
        d.open();
    }

    private static boolean isConflict(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConcurrentEditException || c instanceof ObjectOptimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }
}
