package org.qcommons.skills.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.ui.UserMessages;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Shows a failed save: a concurrent edit gets a dialog offering a reload, anything else a plain message. */
public final class EditConflicts {

    private EditConflicts() {}

    public static void show(RuntimeException ex) {
        if (ex instanceof ConcurrentEditException || ex instanceof ObjectOptimisticLockingFailureException) {
            String message = ex instanceof ConcurrentEditException
                    ? ex.getMessage()
                    : new ConcurrentEditException("This record").getMessage();
            ConfirmDialog dialog = new ConfirmDialog(
                    "Someone else saved this first",
                    message,
                    "Reload",
                    ok -> UI.getCurrent().getPage().reload());
            dialog.setCancelable(true);
            dialog.setCancelText("Keep my edits on screen");
            dialog.open();
        } else {
            UserMessages.showError(ex);
        }
    }
}
