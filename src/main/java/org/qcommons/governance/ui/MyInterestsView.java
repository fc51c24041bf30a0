package org.qcommons.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.governance.ElectionService;
import org.qcommons.governance.InterestDeclaration;
import org.qcommons.governance.InterestKind;
import org.qcommons.governance.InterestService;

/** A member's own register of interests: declare, end (never delete), and confirm it once a year. */
@Route("interests")
@PageTitle("My register of interests | Q Commons")
@PermitAll
@Menu(order = 43, icon = "vaadin:clipboard-text", title = "My register of interests")
public class MyInterestsView extends VerticalLayout {

    final Select<InterestKind> kind = new Select<>();
    final TextArea description = new TextArea("Description");
    final DatePicker startsOn = Dates.picker("From");
    final Button declare = new Button("Declare");
    final Grid<InterestDeclaration> grid = new Grid<>();
    final Paragraph confirmed = new Paragraph();
    final Button confirm = new Button("Confirm my register is complete");
    private final InterestService interests;

    MyInterestsView(InterestService interests, ElectionService elections) {
        this.interests = interests;
        setMaxWidth("60rem");
        add(new H2("My register of interests"));
        add(new Paragraph("Declare what a reasonable person might think could influence your judgement as a seat"
                + " holder, in the categories of NHS England's conflicts of interest guidance. Public groups publish"
                + " their seat holders' registers."));
        kind.setLabel("Kind of interest");
        kind.setItems(InterestKind.values());
        kind.setItemLabelGenerator(k -> k.label() + " (" + k.category().label() + ")");
        description.setHelperText("The organisation and your role; up to 1,000 characters");
        description.setMaxLength(1000);
        startsOn.setValue(elections.today());
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.addClickListener(e -> {
            try {
                interests.declare(kind.getValue(), description.getValue(), startsOn.getValue());
                description.clear();
                UserMessages.showSuccess("Declared.");
                refresh();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        FormLayout form = new FormLayout(kind, startsOn, description);
        form.setColspan(description, 2);
        add(new H3("Declare an interest"), form, declare);
        grid.addColumn(i -> i.getKind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(i -> i.getCategory().label()).setHeader("Category").setAutoWidth(true);
        grid.addColumn(InterestDeclaration::getDescription)
                .setHeader("Description")
                .setFlexGrow(1);
        grid.addColumn(i -> Dates.uk(i.getStartsOn())).setHeader("From").setAutoWidth(true);
        grid.addColumn(i -> i.getEndsOn() == null ? "Current" : Dates.uk(i.getEndsOn()))
                .setHeader("To")
                .setAutoWidth(true);
        grid.addComponentColumn(i -> i.getEndsOn() != null ? new Paragraph() : endButton(i, elections))
                .setHeader("End");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("My declarations of interest");
        grid.setEmptyStateText("No interests declared.");
        confirm.addClickListener(e -> {
            interests.confirm();
            refresh();
        });
        add(new H3("My declarations"), grid, confirmed, confirm);
        refresh();
    }

    private Button endButton(InterestDeclaration i, ElectionService elections) {
        Button b = new Button("End today", e -> {
            ConfirmDialog d = new ConfirmDialog(
                    "End this declaration today?", "It stays on record with its end date.", "End it", ok -> {
                        try {
                            interests.end(i.getId(), elections.today());
                            refresh();
                        } catch (RuntimeException ex) {
                            UserMessages.showError(ex);
                        }
                    });
            d.setCancelable(true);
            d.open();
        });
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel("End the declaration: " + i.getDescription());
        return b;
    }

    void refresh() {
        grid.setItems(interests.mine());
        confirmed.setText(interests
                .confirmedOn()
                .map(d -> "You last confirmed your register on " + Dates.uk(d) + ".")
                .orElse("You have not confirmed your register yet."));
    }
}
