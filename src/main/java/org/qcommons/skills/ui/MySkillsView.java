package org.qcommons.skills.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.skills.MemberSkill;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;

/** A member's own skills register entry: skills with level and evidence, and availability for the concordat. */
@Route("skills/mine")
@PageTitle("My skills | Q Commons")
@Menu(order = 12, icon = "vaadin:academy-cap", title = "My skills")
@PermitAll
public class MySkillsView extends VerticalLayout {

    final IntegerField availabilityDaysPerQuarter = new IntegerField("Days available per quarter for the concordat");
    final Checkbox worksRemotely = new Checkbox("Can work remotely");
    final Checkbox canTravel = new Checkbox("Can travel to other organisations");
    final Button saveAvailability = new Button("Save availability");
    final ComboBox<Skill> skill = new ComboBox<>("Skill");
    final ComboBox<SkillLevel> level = new ComboBox<>("Level");
    final Checkbox offered = new Checkbox("Offer through the concordat");
    final TextField evidence = new TextField("Evidence (optional)");
    final Button add = new Button("Add skill");
    final Grid<MemberSkill> grid = new Grid<>(MemberSkill.class, false);
    private final BeanValidationBinder<Member> binder = new BeanValidationBinder<>(Member.class);
    private final MemberService members;
    private final SkillService skills;
    private Member me;

    public MySkillsView(MemberService members, SkillService skills) {
        this.members = members;
        this.skills = skills;
        setMaxWidth("64rem");
        me = members.me();

        availabilityDaysPerQuarter.setMin(0);
        availabilityDaysPerQuarter.setMax(65);
        availabilityDaysPerQuarter.setStepButtonsVisible(true);
        availabilityDaysPerQuarter.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("Days cannot be negative")
                .setMaxErrorMessage("A quarter has at most 65 working days")
                .setBadInputErrorMessage("Enter a whole number of days"));
        availabilityDaysPerQuarter.setHelperText("Working days you could give to other organisations each quarter");
        binder.forField(availabilityDaysPerQuarter)
                .asRequired("Enter a number of days, 0 if none")
                .bind(Member::getAvailabilityDaysPerQuarter, Member::setAvailabilityDaysPerQuarter);
        binder.forField(worksRemotely).bind(Member::isWorksRemotely, Member::setWorksRemotely);
        binder.forField(canTravel).bind(Member::isCanTravel, Member::setCanTravel);
        binder.readBean(me);
        saveAvailability.addClickListener(e -> saveAvailability());

        level.setItems(SkillLevel.values());
        level.setItemLabelGenerator(SkillLevel::label);
        level.setValue(SkillLevel.PRACTITIONER);
        skill.setItemLabelGenerator(s -> s.getName() + " · " + s.getGroup().label());
        skill.setPlaceholder("Choose a skill");
        evidence.setMaxLength(1000);
        evidence.setHelperText("A sentence, or a link to a project that shows this skill");
        evidence.setWidth("24rem");
        offered.setValue(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addSkill());

        grid.addColumn(ms -> ms.getSkill().getName()).setHeader("Skill").setAutoWidth(true);
        grid.addColumn(ms -> ms.getSkill().getGroup().label()).setHeader("Group");
        grid.addColumn(ms -> ms.getLevel().label()).setHeader("Level");
        grid.addColumn(ms -> ms.isOffered() ? "Yes" : "No").setHeader("Offered");
        grid.addColumn(ms -> ms.getEvidence() == null ? "" : ms.getEvidence())
                .setHeader("Evidence")
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true);
        grid.setEmptyStateText("You have not recorded any skills yet. Add your first one above.");
        grid.setAllRowsVisible(true);

        FormLayout availability = new FormLayout(availabilityDaysPerQuarter, worksRemotely, canTravel);
        HorizontalLayout addRow = new HorizontalLayout(skill, level, evidence, offered, add);
        addRow.setAlignItems(Alignment.BASELINE);
        addRow.setWrap(true);
        add(
                new H2("My skills"),
                new Paragraph("Record the quality improvement skills you have, and whether your organisation may lend "
                        + "them to others through the concordat. Only members who agreed to be listed in the directory "
                        + "appear in skills searches."),
                new H3("Availability"),
                availability,
                saveAvailability,
                new H3("Skills"),
                addRow,
                grid);
        refresh();
    }

    private HorizontalLayout actions(MemberSkill ms) {
        Button edit =
                new Button(VaadinIcon.EDIT.create(), e -> new MemberSkillDialog(ms, skills, this::refresh).open());
        edit.setAriaLabel("Edit " + ms.getSkill().getName());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(ms));
        remove.setAriaLabel("Remove " + ms.getSkill().getName());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    private void confirmRemove(MemberSkill ms) {
        ConfirmDialog dialog = new ConfirmDialog(
                "Remove " + ms.getSkill().getName() + "?",
                "It will no longer appear in searches or matching.",
                "Remove",
                e -> {
                    try {
                        skills.removeSkill(ms.getId());
                        UserMessages.showSuccess("Removed " + ms.getSkill().getName());
                    } catch (RuntimeException ex) {
                        UserMessages.showError(ex);
                    }
                    refresh();
                    // The dialog gives focus back to the row's button, which the refresh just removed; without this
                    // keyboard
                    // focus drops to the page (WCAG 2.4.3). The form for adding a skill sits just above the table.
                    skill.focus();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void addSkill() {
        if (skill.isEmpty()) {
            skill.setInvalid(true);
            skill.setErrorMessage("Choose a skill");
            return;
        }
        try {
            skills.addSkill(
                    me,
                    skill.getValue(),
                    level.getValue() == null ? SkillLevel.PRACTITIONER : level.getValue(),
                    offered.getValue(),
                    evidence.getValue().isBlank() ? null : evidence.getValue().trim());
            UserMessages.showSuccess("Added " + skill.getValue().getName());
            skill.clear();
            skill.setInvalid(false);
            evidence.clear();
            refresh();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    private void saveAvailability() {
        if (!FirstError.validate(binder) || !binder.writeBeanIfValid(me)) {
            return;
        }
        try {
            me = members.updateProfile(me);
            binder.readBean(me);
            UserMessages.showSuccess("Availability saved");
        } catch (RuntimeException ex) {
            EditConflicts.show(ex);
        }
    }

    void refresh() {
        List<MemberSkill> mine = skills.skillsOf(me.getId());
        grid.setItems(mine);
        Set<Skill> recorded = mine.stream().map(MemberSkill::getSkill).collect(Collectors.toSet());
        skill.setItems(skills.activeSkills().stream()
                .filter(s -> !recorded.contains(s))
                .toList());
    }
}
