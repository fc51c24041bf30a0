package org.qcommons.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.StringToLongConverter;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.exchange.RequestService;
import org.qcommons.exchange.RequestSkill;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;
import org.qcommons.skills.ui.EditConflicts;

/** Posts a new expertise request, or edits one of the coordinator's organisation's requests. */
@Route("exchange/requests/new")
@RouteAlias("exchange/requests/:id(\\d{1,18})/edit")
@PageTitle("Expertise request | Q Commons")
@RolesAllowed(Role.COORDINATOR_ROLE)
public class RequestEditorView extends VerticalLayout implements BeforeEnterObserver {

    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("What the work is");
    final IntegerField daysNeeded = new IntegerField("Days needed");
    final DatePicker startsOn = new DatePicker("From");
    final DatePicker endsOn = new DatePicker("To");
    final TextField location = new TextField("Location");
    final Checkbox remote = new Checkbox("Can be done remotely");
    final TextField projectId = new TextField("Linked project number (optional)");
    final ComboBox<Skill> skill = new ComboBox<>("Skill needed");
    final ComboBox<SkillLevel> minLevel = new ComboBox<>("Minimum level");
    final Button addSkill = new Button("Add skill");
    final Grid<RequestSkill> skillGrid = new Grid<>(RequestSkill.class, false);
    final Button save = new Button("Post request");
    final H2 heading = new H2("Post an expertise request");
    private final BeanValidationBinder<ExpertiseRequest> binder = new BeanValidationBinder<>(ExpertiseRequest.class);
    private final RequestService requests;
    private ExpertiseRequest request;

    public RequestEditorView(RequestService requests, SkillService skills) {
        this.requests = requests;
        setMaxWidth("56rem");
        title.setId("request-title");
        description.setId("request-description");
        remote.setId("request-remote");
        skill.setId("request-skill");
        addSkill.setId("request-add-skill");
        save.setId("request-save");
        description.setMaxLength(4000);
        description.setMinHeight("8rem");
        daysNeeded.setMin(1);
        daysNeeded.setStepButtonsVisible(true);
        daysNeeded.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("Ask for at least one day")
                .setBadInputErrorMessage("Enter a whole number of days"));
        startsOn.setLocale(Locale.UK);
        endsOn.setLocale(Locale.UK);
        location.setHelperText("Where the work happens, unless it can be done remotely");
        skill.setItems(skills.activeSkills());
        skill.setItemLabelGenerator(Skill::getName);
        minLevel.setItems(SkillLevel.values());
        minLevel.setItemLabelGenerator(SkillLevel::label);
        minLevel.setValue(SkillLevel.PRACTITIONER);
        binder.forField(projectId)
                .withNullRepresentation("")
                .withConverter(new StringToLongConverter("Enter the project's number, or leave it empty"))
                .bind(ExpertiseRequest::getProjectId, ExpertiseRequest::setProjectId);
        binder.bindInstanceFields(this);
        binder.setStatusLabel(null);

        skillGrid.addColumn(rs -> rs.getSkill().getName()).setHeader("Skill");
        skillGrid.addColumn(rs -> rs.getMinLevel().label() + " or above").setHeader("Minimum level");
        skillGrid
                .addComponentColumn(rs -> {
                    Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                        request.getSkills().remove(rs);
                        skillGrid.setItems(request.getSkills());
                        // The row goes, and the focused button with it, which would drop keyboard focus to the page
                        // (WCAG 2.4.3); the skill field is where the next skill is added.
                        skill.focus();
                    });
                    remove.setAriaLabel("Remove " + rs.getSkill().getName());
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    return remove;
                })
                .setKey("remove")
                .setAutoWidth(true);
        skillGrid.setAllRowsVisible(true);
        skillGrid.setEmptyStateText("Add at least one skill the work needs.");
        addSkill.addClickListener(e -> {
            if (skill.isEmpty()) {
                skill.setInvalid(true);
                skill.setErrorMessage("Choose a skill");
                return;
            }
            request.needs(
                    skill.getValue(), minLevel.getValue() == null ? SkillLevel.PRACTITIONER : minLevel.getValue());
            skill.clear();
            skill.setInvalid(false);
            skillGrid.setItems(request.getSkills());
        });

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(title, daysNeeded, startsOn, endsOn, location, remote, projectId, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        HorizontalLayout skillRow = new HorizontalLayout(skill, minLevel, addSkill);
        skillRow.setAlignItems(Alignment.BASELINE);
        add(
                heading,
                form,
                new H3("Skills needed"),
                skillRow,
                skillGrid,
                new HorizontalLayout(save, new Button("Cancel", e -> back())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        try {
            if (id.isPresent()) {
                request = requests.request(id.get()).filter(requests::canManage).orElseThrow(NotFoundException::new);
                heading.setText("Edit: " + request.getTitle());
                save.setText("Save changes");
            } else {
                request = requests.draft();
            }
        } catch (BusinessException ex) {
            UserMessages.showError(ex);
            event.forwardTo(RequestBoardView.class);
            return;
        }
        binder.readBean(request);
        skillGrid.setItems(request.getSkills());
    }

    private void save() {
        // Every failed check below puts focus on the field it marks (WCAG 3.3.1), so a keyboard user is not left on
        // "Post request", below the problem, and the field's message is read with it.
        var status = binder.validate();
        if (!status.isOk()) {
            FirstError.focus(
                    status.getFieldValidationErrors(),
                    title,
                    daysNeeded,
                    startsOn,
                    endsOn,
                    location,
                    remote,
                    projectId,
                    description);
            return;
        }
        if (!binder.writeBeanIfValid(request)) {
            return;
        }
        if (!request.isWindowValid()) {
            endsOn.setInvalid(true);
            endsOn.setErrorMessage("The window must end on or after its first date");
            endsOn.focus();
            return;
        }
        if (!request.isWhereGiven()) {
            location.setInvalid(true);
            location.setErrorMessage("Give a location, or tick remote");
            location.focus();
            return;
        }
        if (request.getSkills().isEmpty()) {
            skill.setInvalid(true);
            skill.setErrorMessage("Add at least one skill the work needs");
            skill.focus();
            return;
        }
        try {
            ExpertiseRequest saved = requests.save(request);
            UserMessages.showSuccess("Request saved: " + saved.getTitle());
            getUI().ifPresent(ui -> ui.navigate("exchange/requests/" + saved.getId()));
        } catch (RuntimeException ex) {
            EditConflicts.show(ex);
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(
                request == null || request.isNew() ? "exchange/requests" : "exchange/requests/" + request.getId()));
    }
}
