package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.GroupViewer;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.meetings.SeatRole;
import org.qcommons.meetings.SeatRoles;
import org.qcommons.people.Member;
import org.qcommons.people.MemberFilter;
import org.qcommons.people.MemberService;

/** Seat holders and their roles. Readers outside the group see names only where the member consented. */
class SeatsPanel extends VerticalLayout {

    final Grid<SeatHolder> grid = new Grid<>(SeatHolder.class, false);
    final ComboBox<Member> member = new ComboBox<>("Member");
    final Select<SeatRole> role = new Select<>();
    final Checkbox convenor = new Checkbox("Convenor");
    final Button add = new Button("Add seat", VaadinIcon.PLUS.create());
    SeatRoleDialog roleDialog;
    private final MeetingGroup group;
    private final GroupService groups;

    SeatsPanel(MeetingGroup group, GroupViewer can, GroupService groups, MemberService members, SeatRoles seatRoles) {
        this.group = group;
        this.groups = groups;
        setPadding(false);
        grid.addColumn(SeatHolder::displayName)
                .setHeader("Seat holder")
                .setKey("name")
                .setAutoWidth(true);
        grid.addColumn(SeatHolder::roleLabel).setHeader("Role").setKey("role").setAutoWidth(true);
        if (can.canManage()) {
            grid.addComponentColumn(s -> {
                        Button change = new Button(VaadinIcon.EDIT.create(), e -> {
                            roleDialog = new SeatRoleDialog(s, seatRoles, can.canApprove(), this::refresh);
                            roleDialog.open();
                        });
                        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                        change.setAriaLabel("Change the role of " + s.displayName() + "'s seat");
                        return change;
                    })
                    .setKey("change")
                    .setWidth("5rem")
                    .setFlexGrow(0);
            grid.addComponentColumn(s -> {
                        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(s));
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        remove.setAriaLabel("Remove " + s.displayName() + "'s seat");
                        return remove;
                    })
                    .setKey("remove")
                    .setWidth("5rem")
                    .setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No seats yet.");
        add(new H3("Seats"), grid);
        if (can.canManage()) {
            member.setItems(q -> members
                    .directory(
                            new MemberFilter(q.getFilter().orElse(""), null, null, null, null),
                            VaadinSpringDataHelpers.toSpringPageRequest(q))
                    .stream());
            member.setItemLabelGenerator(m -> m.getFullName()
                    + (m.getOrganisation() == null
                            ? ""
                            : ", " + m.getOrganisation().getName()));
            member.setHelperText("Members who are listed in the directory");
            role.setLabel("Role");
            role.setItems(SeatRole.values());
            role.setItemLabelGenerator(SeatRole::label);
            role.setValue(SeatRole.MEMBER);
            add.addClickListener(e -> {
                if (member.isEmpty()) {
                    member.setInvalid(true);
                    member.setErrorMessage("Choose the member who will hold the seat");
                    return;
                }
                try {
                    groups.addSeat(group.getId(), member.getValue().getId(), role.getValue(), convenor.getValue());
                    member.clear();
                    convenor.clear();
                    refresh();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            });
            HorizontalLayout form = new HorizontalLayout(member, role, convenor, add);
            form.setAlignItems(Alignment.BASELINE);
            form.setWrap(true);
            add(form);
        }
        refresh();
    }

    void refresh() {
        grid.setItems(groups.seats(group));
    }

    private void confirmRemove(SeatHolder s) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Remove this seat?",
                s.displayName() + " will no longer hold a seat in " + group.getName()
                        + ". Their attendance history is kept.",
                "Remove",
                e -> {
                    try {
                        groups.removeSeat(s.seatId());
                        refresh();
                        // The dialog gives focus back to the row's button, which the refresh just removed; without this
                        // keyboard focus drops to the page (WCAG 2.4.3). The seat form below is where seats change.
                        member.focus();
                    } catch (RuntimeException ex) {
                        UserMessages.showError(ex);
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
