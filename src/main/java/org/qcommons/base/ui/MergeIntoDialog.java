package org.qcommons.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Asks before merging one taxonomy entry into another, saying what will move ("moves 12 projects"). The merge itself
 * is the caller's: it runs with the chosen entry, and the dialog closes once it succeeds.
 */
public class MergeIntoDialog<T> extends Dialog {

    public final ComboBox<T> into = new ComboBox<>("Merge into");
    public final Paragraph moves = new Paragraph();
    public final Button merge = new Button("Merge");

    public MergeIntoDialog(
            String name, List<String> uses, List<T> candidates, Function<T, String> label, Consumer<T> action) {
        setHeaderTitle("Merge " + name + "?");
        moves.setText((uses.isEmpty()
                        ? "Nothing uses " + name + " yet."
                        : "This moves " + String.join(", ", uses) + " to the entry you choose.")
                + " " + name + " is then retired, and its name stays findable as a former name.");
        into.setItems(candidates);
        into.setItemLabelGenerator(label::apply);
        into.setRequired(true);
        into.setWidthFull();
        add(moves, into);
        merge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(e -> {
            if (into.isEmpty()) {
                into.setErrorMessage("Choose the entry that takes over");
                into.setInvalid(true);
                into.focus();
                return;
            }
            try {
                action.accept(into.getValue());
                UserMessages.showSuccess(name + " merged into " + label.apply(into.getValue()));
                close();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), merge);
    }
}
