package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.governance.ElectionService;
import org.qcommons.governance.InterestDeclaration;
import org.qcommons.governance.InterestKind;
import org.qcommons.governance.InterestService;

/** A member's own register of interests: declare, end (never delete), and confirm it once a year. */
@Route("interests")
@PermitAll
@Menu(order = 43, icon = "vaadin:clipboard-text", title = "My register of interests")
public class MyInterestsView extends VerticalLayout implements HasDynamicTitle {

    final Select<InterestKind> kind = new Select<>();
    final TextArea description = new TextArea(t("myInterests.description"));
    final DatePicker startsOn = Dates.picker(t("myInterests.from"));
    final Button declare = new Button(t("myInterests.declare"));
    final Grid<InterestDeclaration> grid = new Grid<>();
    final Paragraph confirmed = new Paragraph();
    final Button confirm = new Button(t("myInterests.confirm"));
    private final InterestService interests;

    MyInterestsView(InterestService interests, ElectionService elections) {
        this.interests = interests;
        setMaxWidth("60rem");
        add(new H2(t("myInterests.heading")));
        add(new Paragraph(t("myInterests.intro")));
        kind.setLabel(t("myInterests.kind"));
        kind.setItems(InterestKind.values());
        kind.setItemLabelGenerator(
                k -> t("myInterests.kindItem", k.label(), k.category().label()));
        description.setHelperText(t("myInterests.descriptionHelper"));
        description.setMaxLength(1000);
        startsOn.setValue(elections.today());
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.addClickListener(e -> {
            try {
                interests.declare(kind.getValue(), description.getValue(), startsOn.getValue());
                description.clear();
                UserMessages.showSuccess(t("myInterests.declared"));
                refresh();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        FormLayout form = new FormLayout(kind, startsOn, description);
        form.setColspan(description, 2);
        add(new H3(t("myInterests.declareHeading")), form, declare);
        grid.addColumn(i -> i.getKind().label())
                .setHeader(t("myInterests.kindColumn"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.getCategory().label())
                .setHeader(t("myInterests.category"))
                .setAutoWidth(true);
        grid.addColumn(InterestDeclaration::getDescription)
                .setHeader(t("myInterests.description"))
                .setFlexGrow(1);
        grid.addColumn(i -> Dates.uk(i.getStartsOn()))
                .setHeader(t("myInterests.from"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.getEndsOn() == null ? t("myInterests.current") : Dates.uk(i.getEndsOn()))
                .setHeader(t("myInterests.to"))
                .setAutoWidth(true);
        grid.addComponentColumn(i -> i.getEndsOn() != null ? new Paragraph() : endButton(i, elections))
                .setHeader(t("myInterests.end"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(t("myInterests.aria"));
        grid.setEmptyStateText(t("myInterests.empty"));
        confirm.addClickListener(e -> {
            interests.confirm();
            refresh();
        });
        add(new H3(t("myInterests.mine")), grid, confirmed, confirm);
        refresh();
    }

    private Button endButton(InterestDeclaration i, ElectionService elections) {
        Button b = new Button(t("myInterests.endToday"), e -> {
            ConfirmDialog d = new ConfirmDialog(
                    t("myInterests.end.title"), t("myInterests.end.text"), t("myInterests.end.confirm"), ok -> {
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
        b.setAriaLabel(t("myInterests.endAria", i.getDescription()));
        return b;
    }

    void refresh() {
        grid.setItems(interests.mine());
        confirmed.setText(interests
                .confirmedOn()
                .map(d -> t("myInterests.confirmedOn", Dates.uk(d)))
                .orElseGet(() -> t("myInterests.notConfirmed")));
    }

    @Override
    public String getPageTitle() {
        return t("myInterests.title");
    }
}
