package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.Set;
import org.qcommons.people.Member;
import org.qcommons.people.MemberFilter;
import org.qcommons.people.MemberService;
import org.qcommons.projects.TeamMembership;
import org.springframework.data.domain.PageRequest;

/** The team as a form field: members who agreed to be found, each with a role. */
class TeamEditor extends CustomField<Set<TeamMembership>> {

    final ComboBox<Member> member = new ComboBox<>(t("team.member"));
    final TextField role = new TextField(t("team.role"));
    final Button add = new Button(t("team.add"), VaadinIcon.PLUS.create());
    final Grid<TeamMembership> grid = new Grid<>(TeamMembership.class, false);
    private final Set<TeamMembership> team = new LinkedHashSet<>();

    TeamEditor(MemberService members) {
        setLabel(t("team.label"));
        member.setItems(q -> members
                .directory(
                        new MemberFilter(q.getFilter().orElse(""), null, null, null, null),
                        PageRequest.of(q.getPage(), q.getPageSize()))
                .stream());
        member.setItemLabelGenerator(m -> m.getOrganisation() == null
                ? m.getFullName()
                : t("team.memberItem", m.getFullName(), m.getOrganisation().getName()));
        member.setPlaceholder(t("team.namePlaceholder"));
        member.setWidth("20rem");
        role.setPlaceholder(t("team.rolePlaceholder"));
        role.setMaxLength(80);
        add.addClickListener(e -> addMember());
        grid.addColumn(t -> t.getMember().getFullName())
                .setHeader(t("team.member"))
                .setKey("member");
        grid.addColumn(TeamMembership::getRole).setHeader(t("team.role")).setKey("role");
        grid.addComponentColumn(t -> {
                    Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                        team.remove(t);
                        refresh();
                        updateValue();
                        // The row goes, and the focused button with it, which would drop keyboard focus to the page
                        // (WCAG 2.4.3); the editor's first field is where the next change to the team starts.
                        member.focus();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(t("team.remove", t.getMember().getFullName()));
                    return remove;
                })
                .setKey("remove")
                .setWidth("5rem")
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("team.empty"));
        HorizontalLayout adder = new HorizontalLayout(member, role, add);
        adder.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        VerticalLayout layout = new VerticalLayout(adder, grid);
        layout.setPadding(false);
        add(layout);
    }

    void addMember() {
        if (member.getValue() == null) {
            member.setInvalid(true);
            member.setErrorMessage(t("team.chooseMember"));
            return;
        }
        String r = role.getValue().isBlank()
                ? t("team.defaultRole")
                : role.getValue().trim();
        team.removeIf(t -> t.getMember().getId().equals(member.getValue().getId()));
        team.add(new TeamMembership(member.getValue(), r));
        member.clear();
        member.setInvalid(false);
        role.clear();
        refresh();
        updateValue();
    }

    private void refresh() {
        grid.setItems(team);
    }

    @Override
    protected Set<TeamMembership> generateModelValue() {
        return new LinkedHashSet<>(team);
    }

    @Override
    protected void setPresentationValue(Set<TeamMembership> value) {
        team.clear();
        if (value != null) {
            team.addAll(value);
        }
        refresh();
    }
}
