package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Shows the saved minutes next to the user's own, and saves whatever the user merges them into. */
class MergeDialog extends Dialog {

    final TextArea theirs = new TextArea("Saved by someone else");
    final TextArea mine = new TextArea("Your version (edit this into the merged text)");
    final Button keepMerged = new Button("Save merged text");
    final Button takeTheirs = new Button("Discard mine, keep theirs");

    MergeDialog(String theirText, String myText, Consumer<String> saveMerged) {
        setHeaderTitle("These minutes were changed while you were editing");
        theirs.setValue(theirText);
        theirs.setReadOnly(true);
        mine.setValue(myText == null ? "" : myText);
        theirs.setWidth("50%");
        mine.setWidth("50%");
        theirs.setMinHeight("16rem");
        mine.setMinHeight("16rem");
        HorizontalLayout both = new HorizontalLayout(theirs, mine);
        both.setWidthFull();
        add(
                new Paragraph(
                        "Nothing has been overwritten. Copy what you need from their version into yours, then save."),
                both);
        keepMerged.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMerged.addClickListener(e -> {
            close();
            saveMerged.accept(mine.getValue());
        });
        takeTheirs.addClickListener(e -> {
            close();
            saveMerged.accept(theirText);
        });
        getFooter().add(new Button("Cancel", e -> close()), takeTheirs, keepMerged);
        setWidth("min(70rem, 95vw)");
    }
}
