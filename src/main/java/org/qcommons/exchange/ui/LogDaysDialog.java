package org.qcommons.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.IntConsumer;
import org.qcommons.exchange.Exchange;

/** Asks for a number of days (delivered, or the corrected figure). */
class LogDaysDialog extends Dialog {

    final IntegerField days = new IntegerField("Days delivered");
    final Button save = new Button("Save");

    LogDaysDialog(Exchange exchange, IntConsumer action) {
        setHeaderTitle(exchange.getRequest().getTitle());
        days.setMin(0);
        save.setId("log-days-save");
        days.setStepButtonsVisible(true);
        days.setValue(exchange.getDaysLogged() != null ? exchange.getDaysLogged() : exchange.getDaysAgreed());
        days.setHelperText(exchange.getDaysAgreed() + " days were agreed");
        add(days);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (days.getValue() == null || days.getValue() < 0) {
                days.setInvalid(true);
                days.setErrorMessage("Enter a whole number of days");
                return;
            }
            close();
            action.accept(days.getValue());
        });
        getFooter().add(new Button("Back", e -> close()), save);
    }
}
