package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.governance.Election;
import org.qcommons.governance.ElectionForm;
import org.qcommons.governance.ElectionService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.SeatRole;

/** Opens an election: the seats and their role, and the dates of nominations, voting and the term. */
class OpenElectionDialog extends Dialog {

    final TextField title = new TextField(t("open.title"));
    final IntegerField seats = new IntegerField(t("open.seats"));
    final Select<SeatRole> role = new Select<>();
    final DatePicker nominationsOpen = Dates.picker(t("open.nominationsOpen"));
    final DatePicker nominationsClose = Dates.picker(t("open.nominationsClose"));
    final DatePicker votingOpen = Dates.picker(t("open.votingOpen"));
    final DatePicker votingClose = Dates.picker(t("open.votingClose"));
    final DatePicker termStart = Dates.picker(t("open.termStart"));
    final DatePicker termEnd = Dates.picker(t("open.termEnd"));
    final Button save = new Button(t("open.save"));

    OpenElectionDialog(MeetingGroup group, ElectionService elections, Consumer<Election> opened) {
        setHeaderTitle(t("open.heading", group.getName()));
        title.setValue(t("open.defaultTitle", group.getName()));
        title.setRequiredIndicatorVisible(true);
        seats.setValue(1);
        seats.setMin(1);
        seats.setMax(20);
        seats.setStepButtonsVisible(true);
        role.setLabel(t("open.role"));
        role.setItems(SeatRole.values());
        role.setItemLabelGenerator(SeatRole::label);
        role.setValue(SeatRole.MEMBER);
        LocalDate today = elections.today();
        nominationsOpen.setValue(today);
        nominationsClose.setValue(today.plusWeeks(2));
        votingOpen.setValue(today.plusWeeks(2));
        votingClose.setValue(today.plusWeeks(4));
        termStart.setValue(today.plusWeeks(5));
        termEnd.setValue(today.plusWeeks(5).plusYears(2));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            title.setInvalid(false);
            if (title.isEmpty() || seats.getValue() == null) {
                title.setErrorMessage(t("open.titleMissing"));
                title.setInvalid(title.isEmpty());
                seats.setErrorMessage(t("open.seatsMissing"));
                seats.setInvalid(seats.getValue() == null);
                return;
            }
            try {
                Election saved = elections.open(
                        group.getId(),
                        new ElectionForm(
                                title.getValue(),
                                seats.getValue(),
                                role.getValue(),
                                nominationsOpen.getValue(),
                                nominationsClose.getValue(),
                                votingOpen.getValue(),
                                votingClose.getValue(),
                                termStart.getValue(),
                                termEnd.getValue()));
                close();
                opened.accept(saved);
            } catch (BusinessException rule) {
                UserMessages.showError(rule);
            }
        });
        FormLayout form = new FormLayout(
                title, seats, role, nominationsOpen, nominationsClose, votingOpen, votingClose, termStart, termEnd);
        form.setColspan(title, 2);
        add(form);
        getFooter().add(new Button(t("cancel"), e -> close()), save);
        setWidth("min(44rem, 95vw)");
    }
}
