package org.qcommons.buddying.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import org.qcommons.base.ui.UserMessages;

/** A rating from 1 to 5 and a comment: used both to close a pair and to give feedback after it closed. */
class FeedbackDialog extends Dialog {

    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>("How useful was the buddying?");
    final TextArea comment = new TextArea("Comment");
    final Button confirm;

    FeedbackDialog(String title, String intro, String action, BiConsumer<Integer, String> onConfirm) {
        setHeaderTitle(title);
        rating.setItems(1, 2, 3, 4, 5);
        rating.setItemLabelGenerator(r -> switch (r) {
            case 1 -> "1 (poor)";
            case 5 -> "5 (excellent)";
            default -> String.valueOf(r);
        });
        rating.setRequiredIndicatorVisible(true);
        comment.setMaxLength(1000);
        comment.setWidthFull();
        comment.setHelperText("Optional. Seen by the scheme's ADMINs and convenors, without your name.");
        confirm = new Button(action, e -> {
            if (rating.getValue() == null) {
                rating.setInvalid(true);
                rating.setErrorMessage("Choose a rating from 1 to 5");
                return;
            }
            try {
                onConfirm.accept(rating.getValue(), comment.getValue());
                close();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        add(new Paragraph(intro), rating, comment);
        getFooter().add(cancel, confirm);
    }
}
