package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.MemberService;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectLink;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectStatus;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.projects.QiMethod;
import org.qcommons.projects.Topic;
import org.qcommons.projects.TopicKind;
import org.qcommons.projects.Visibility;

/** Register a project (as its lead) or edit one (lead, team, ADMIN). "projects/edit" alone creates. */
@Route("projects/edit")
@PermitAll
public class ProjectFormView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    final TextField title = new TextField(t("form.title"));
    final TextArea summary = new TextArea(t("form.summary"));
    final TextArea aims = new TextArea(t("form.aims"));
    final Select<ProjectStatus> status = new Select<>();
    final DatePicker startDate = new DatePicker(t("form.startDate"));
    final DatePicker endDate = new DatePicker(t("form.endDate"));
    final ComboBox<Region> region = new ComboBox<>(t("form.region"));
    final ComboBox<Stp> stp = new ComboBox<>(t("form.stp"));
    final MultiSelectComboBox<Topic> conditions = new MultiSelectComboBox<>(t("form.conditions"));
    final MultiSelectComboBox<Topic> issues = new MultiSelectComboBox<>(t("form.issues"));
    final MultiSelectComboBox<QiMethod> methods = new MultiSelectComboBox<>(t("form.methods"));
    final MultiSelectComboBox<Organisation> partners = new MultiSelectComboBox<>(t("form.partners"));
    final Checkbox funded = new Checkbox(t("form.funded"));
    final TextField round = new TextField(t("form.round"));
    final TextArea outcomes = new TextArea(t("form.outcomes"));
    final TextArea learning = new TextArea(t("form.learning"));
    final TextArea links = new TextArea(t("form.links"));
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(t("form.visibility"));
    final TeamEditor team;
    final Button save = new Button(t("form.save"));
    final BeanValidationBinder<Project> binder = new BeanValidationBinder<>(Project.class);
    private final ProjectRecords projectRecords;
    private final ProjectTaxonomy taxonomy;
    private final OrganisationService organisations;
    Project project;

    public ProjectFormView(
            ProjectRecords projectRecords,
            ProjectTaxonomy taxonomy,
            OrganisationService organisations,
            MemberService members) {
        this.projectRecords = projectRecords;
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.team = new TeamEditor(members);
        status.setLabel(t("form.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(ProjectStatus::label);
        region.setItems(organisations.regions());
        region.addValueChangeListener(e -> {
            stp.setItems(organisations.stps(e.getValue()));
            if (stp.getValue() != null
                    && e.getValue() != null
                    && !stp.getValue().getRegion().equals(e.getValue())) {
                stp.clear();
            }
        });
        conditions.setItems(taxonomy.topics(TopicKind.CONDITION));
        issues.setItems(taxonomy.topics(TopicKind.ISSUE));
        methods.setItems(taxonomy.methods());
        partners.setItems(organisations.organisations());
        round.setPlaceholder(t("form.roundPlaceholder"));
        links.setHelperText(t("form.linksHelper"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> v == Visibility.PUBLIC ? t("form.public") : t("form.membersOnly"));
        summary.setMaxLength(4000);
        aims.setMaxLength(4000);
        outcomes.setMaxLength(4000);
        learning.setMaxLength(4000);

        binder.bind(title, "title");
        binder.bind(summary, "summary");
        binder.bind(aims, "aims");
        binder.bind(status, "status");
        binder.bind(startDate, "startDate");
        binder.forField(endDate)
                .withValidator(
                        d -> d == null || startDate.getValue() == null || !d.isBefore(startDate.getValue()),
                        t("form.endBeforeStart"))
                .bind("endDate");
        binder.bind(region, "region");
        binder.forField(stp)
                .asRequired(t("form.chooseStp"))
                .withValidator(
                        s -> s == null
                                || region.getValue() == null
                                || s.getRegion().equals(region.getValue()),
                        t("form.stpInRegion"))
                .bind("stp");
        binder.forField(conditions)
                .bind(
                        p -> new LinkedHashSet<>(p.topicsOf(TopicKind.CONDITION)),
                        (p, v) -> p.replaceTopics(TopicKind.CONDITION, v));
        binder.forField(issues)
                .bind(
                        p -> new LinkedHashSet<>(p.topicsOf(TopicKind.ISSUE)),
                        (p, v) -> p.replaceTopics(TopicKind.ISSUE, v));
        binder.forField(methods).bind(Project::getMethods, Project::setMethods);
        binder.forField(partners).bind(Project::getPartners, Project::setPartners);
        binder.forField(funded).bind(Project::isQExchangeFunded, Project::setQExchangeFunded);
        binder.forField(round)
                .withValidator(r -> !funded.getValue() || !r.isBlank(), t("form.roundMissing"))
                .withValidator(r -> r.length() <= 40, t("form.roundTooLong"))
                .bind(
                        p -> p.getQExchangeRound() == null ? "" : p.getQExchangeRound(),
                        (p, v) -> p.setQExchangeRound(v.isBlank() ? null : v.trim()));
        binder.bind(outcomes, "outcomes");
        binder.bind(learning, "learning");
        binder.forField(links)
                .withValidator(ProjectFormView::linksValid, t("form.linksInvalid"))
                .bind(
                        p -> String.join(
                                "\n",
                                p.getLinks().stream().map(ProjectLink::getUrl).toList()),
                        (p, v) -> p.setLinks(parseLinks(v)));
        binder.bind(visibility, "visibility");
        binder.forField(team).bind(Project::getTeam, Project::setTeam);
        funded.addValueChangeListener(e -> round.setEnabled(e.getValue()));

        FormLayout form = new FormLayout(
                title,
                status,
                summary,
                aims,
                startDate,
                endDate,
                region,
                stp,
                conditions,
                issues,
                methods,
                partners,
                funded,
                round,
                outcomes,
                learning,
                links,
                visibility);
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        form.setColspan(aims, 2);
        form.setColspan(outcomes, 2);
        form.setColspan(learning, 2);
        form.setColspan(links, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(t("cancel"), e -> leave());
        add(new H2(t("form.heading")), form, team, new HorizontalLayout(save, cancel));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            project = projectRecords.draft();
        } else {
            project = projectRecords.project(id).filter(p -> !p.isArchived()).orElse(null);
            if (project == null || !projectRecords.canEdit(project)) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        if (project.getRegion() != null) {
            stp.setItems(organisations.stps(project.getRegion()));
        }
        binder.readBean(project);
        round.setEnabled(funded.getValue());
    }

    void save() {
        try {
            binder.writeBean(project);
        } catch (ValidationException e) {
            UserMessages.showError(new BusinessException(t("form.checkFields")));
            FirstError.focus(
                    e.getFieldValidationErrors(),
                    title,
                    status,
                    summary,
                    aims,
                    startDate,
                    endDate,
                    region,
                    stp,
                    conditions,
                    issues,
                    methods,
                    partners,
                    funded,
                    round,
                    outcomes,
                    learning,
                    links,
                    visibility,
                    team);
            return;
        }
        try {
            Project saved = project.isNew() ? projectRecords.create(project) : projectRecords.update(project);
            UserMessages.showSuccess(t("form.saved"));
            UI.getCurrent().navigate(ProjectView.class, saved.getId());
        } catch (ConcurrentEditException e) {
            ConfirmDialog dialog = new ConfirmDialog(
                    t("form.conflict.title"),
                    t("form.conflict.text", e.getMessage()),
                    t("form.conflict.reload"),
                    ok -> UI.getCurrent().getPage().reload());
            dialog.setCancelable(true);
            dialog.setCancelText(t("form.conflict.keep"));
            dialog.open();
        } catch (RuntimeException e) {
            UserMessages.showError(e);
        }
    }

    private void leave() {
        if (project != null && !project.isNew()) {
            UI.getCurrent().navigate(ProjectView.class, project.getId());
        } else {
            UI.getCurrent().navigate(ProjectsView.class);
        }
    }

    static boolean linksValid(String text) {
        for (String line : text.split("\\R")) {
            String url = line.trim();
            if (url.isEmpty()) continue;
            try {
                URI uri = URI.create(url);
                if (!(("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null)
                        || url.length() > 500) {
                    return false;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    static List<ProjectLink> parseLinks(String text) {
        List<ProjectLink> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String line : text.split("\\R")) {
            String url = line.trim();
            if (!url.isEmpty() && seen.add(url)) {
                String host = URI.create(url).getHost();
                result.add(new ProjectLink(host.length() > 120 ? host.substring(0, 120) : host, url));
            }
        }
        return result;
    }

    @Override
    public String getPageTitle() {
        return t("form.pageTitle");
    }
}
