package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.insights.DataPoint;
import org.qcommons.insights.MeasureGhostService;

/**
 * Asks why a point is ghosted before ghosting it (decision 127). Enter ghosts and Escape cancels; a refused reason
 * stays in the field with the message on it.
 */
class GhostPointDialog extends Dialog {

    final TextField reason = new TextField(t("ghost.reason"));
    final Button ghost = new Button(t("ghost.ghost"));
    final Button cancel = new Button(t("cancel"), e -> close());

    GhostPointDialog(MeasureGhostService ghosts, DataPoint point, Runnable ghosted) {
        String date = SpcChart.UK_DATE.format(point.getDate());
        setHeaderTitle(t("ghost.title", date));
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(DataPoint.MAX_GHOST_REASON);
        reason.setHelperText(t("ghost.reasonHelper"));
        ghost.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ghost.addClickShortcut(Key.ENTER);
        ghost.addClickListener(e -> {
            try {
                ghosts.ghost(point.getId(), reason.getValue());
                close();
                ghosted.run();
            } catch (BusinessException ex) {
                reason.setErrorMessage(ex.getMessage());
                reason.setInvalid(true);
                reason.focus();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(t("ghost.text", SpcChart.number(point.getValue()))), reason);
        getFooter().add(cancel, ghost);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
