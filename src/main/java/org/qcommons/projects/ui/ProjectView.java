package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.qcommons.base.config.DisplayZone;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.Organisation;
import org.qcommons.people.Member;
import org.qcommons.people.ui.ProfileView;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectHit;
import org.qcommons.projects.ProjectLink;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectTeam;
import org.qcommons.projects.QiMethod;
import org.qcommons.projects.SimilarMember;
import org.qcommons.projects.SimilarProjects;
import org.qcommons.projects.TopicKind;
import org.qcommons.projects.Visibility;

/** A project's page: every field, the team, contact, similar projects and people working in similar fields. */
@Route("projects")
@AnonymousAllowed
public class ProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private final ProjectRecords projectRecords;
    private final SimilarProjects similarProjects;
    private final ProjectTeam projectTeam;
    private final List<ProjectPageSection> sections;
    private String title = t("project.pageTitle");
    Project project;

    public ProjectView(
            ProjectRecords projectRecords,
            SimilarProjects similarProjects,
            ProjectTeam projectTeam,
            List<ProjectPageSection> sections) {
        this.projectRecords = projectRecords;
        this.similarProjects = similarProjects;
        this.projectTeam = projectTeam;
        this.sections = sections;
        addClassName("project-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        project = projectRecords.project(id).orElseThrow(NotFoundException::new);
        title = t("project.title", project.getTitle());
        removeAll();
        Project p = project;
        add(new H2(p.getTitle()));
        HorizontalLayout badges =
                new HorizontalLayout(ProjectCard.badge(p.getStatus().label(), "badge"));
        if (p.getVisibility() == Visibility.MEMBERS)
            badges.add(ProjectCard.badge(t("project.membersOnly"), "badge contrast"));
        if (p.isArchived()) badges.add(ProjectCard.badge(t("project.archived"), "badge error"));
        if (p.isWithheld()) badges.add(ProjectCard.badge(t("project.withheld"), "badge error"));
        if (p.isQExchangeFunded())
            badges.add(ProjectCard.badge(t("project.qExchange", p.getQExchangeRound()), "badge success"));
        add(badges);
        if (p.isWithheld()) {
            add(new Paragraph(t("project.withheldWhy", p.getWithheldReason())));
        }
        add(
                line(t("project.region"), p.getRegion().getName()),
                line(t("project.stp"), p.getStp().getName()),
                new Paragraph(label(t("project.lead")), person(p.getLead())),
                line(
                        t("project.dates"),
                        p.getEndDate() == null
                                ? t("project.onwards", DATE.format(p.getStartDate()))
                                : t("project.range", DATE.format(p.getStartDate()), DATE.format(p.getEndDate()))),
                line(
                        t("project.conditions"),
                        names(p.topicsOf(TopicKind.CONDITION).stream()
                                .map(t -> t.getName())
                                .toList())),
                line(
                        t("project.issues"),
                        names(p.topicsOf(TopicKind.ISSUE).stream()
                                .map(t -> t.getName())
                                .toList())),
                line(
                        t("project.methods"),
                        names(p.getMethods().stream()
                                .map(QiMethod::getName)
                                .sorted()
                                .toList())),
                line(
                        t("project.partners"),
                        names(p.getPartners().stream()
                                .map(Organisation::getName)
                                .sorted()
                                .toList())),
                line(
                        t("project.registered"),
                        t(
                                "project.registeredOn",
                                DATE.format(p.getCreatedAt().atZone(DisplayZone.get())),
                                DATE.format(p.getUpdatedAt().atZone(DisplayZone.get())))));
        section(t("project.summary"), p.getSummary());
        section(t("project.aims"), p.getAims());
        section(t("project.outcomes"), p.getOutcomes());
        section(t("project.learning"), p.getLearning());
        if (!p.getLinks().isEmpty()) {
            add(new H3(t("project.links")));
            UnorderedList list = new UnorderedList();
            for (ProjectLink link : p.getLinks()) {
                if (link.getUrl().startsWith("https://") || link.getUrl().startsWith("http://")) {
                    Anchor a = new Anchor(
                            link.getUrl(), t("project.link", link.getLabel(), link.getUrl()), AnchorTarget.BLANK);
                    a.getElement().setAttribute("rel", "noopener noreferrer");
                    list.add(new ListItem(a));
                }
            }
            add(list);
        }
        add(team(p), actions(p));
        if (CurrentUser.isSignedIn()) {
            // Measures (insights feature) are for members: SPC charts of the project's data.
            boolean canEdit = projectRecords.canEdit(p);
            sections.forEach(section -> add(section.create(p.getId(), canEdit)));
        }
        add(similarProjects(p));
        if (CurrentUser.isSignedIn()) {
            add(similarMembers(p));
        }
    }

    private Component team(Project p) {
        Div box = new Div(new H3(t("project.team")));
        UnorderedList list = new UnorderedList(
                new ListItem(person(p.getLead()), new Span(t("project.leadRole")), email(p.getLead())));
        p.getTeam().stream()
                .sorted(Comparator.comparing(t -> t.getMember().getFullName()))
                .forEach(t -> list.add(new ListItem(
                        person(t.getMember()), new Span(t("project.role", t.getRole())), email(t.getMember()))));
        box.add(list);
        box.setId("team");
        return box;
    }

    private Component actions(Project p) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("project-actions");
        if (!CurrentUser.isSignedIn()) {
            actions.add(new Paragraph(new Anchor("login", t("project.signIn")), new Span(t("project.toContact"))));
            return actions;
        }
        boolean lead =
                CurrentUser.memberId().filter(p.getLead().getId()::equals).isPresent();
        if (!lead && !p.isArchived()) {
            Button message = new Button(t("project.message"), e -> new ContactLeadDialog(projectTeam, p).open());
            message.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(message);
        }
        if (projectRecords.canEdit(p) && !p.isArchived()) {
            actions.add(new Button(t("project.edit"), e -> UI.getCurrent().navigate(ProjectFormView.class, p.getId())));
        }
        if (projectRecords.canEdit(p)) {
            actions.add(new RouterLink(
                    t("project.history"),
                    ProjectHistoryView.class,
                    new RouteParameters("id", String.valueOf(p.getId()))));
        }
        if (projectRecords.canArchive(p) && !p.isArchived()) {
            Button archive = new Button(t("project.archive"), e -> confirmArchive(p));
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(archive);
        }
        return actions;
    }

    private void confirmArchive(Project p) {
        ConfirmDialog confirm = new ConfirmDialog(
                t("project.archive.title", p.getTitle()), t("project.archive.text"), t("project.archive"), ok -> {
                    try {
                        projectRecords.archive(p.getId(), p.getVersion());
                        UserMessages.showSuccess(t("project.archived.done"));
                        UI.getCurrent().navigate(ProjectsView.class);
                    } catch (RuntimeException ex) {
                        UserMessages.showError(ex);
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Component similarProjects(Project p) {
        Div box = new Div(new H3(t("project.similar")));
        box.setId("similar-projects");
        List<ProjectHit> similar = similarProjects.similar(p.getId(), 5);
        if (similar.isEmpty()) {
            box.add(new Paragraph(t("project.similarNone")));
        } else {
            UnorderedList list = new UnorderedList();
            similar.forEach(h -> list.add(
                    new ListItem(new RouterLink(h.title(), ProjectView.class, h.id()), new Span(" · " + h.stpName()))));
            box.add(list);
        }
        return box;
    }

    private Component similarMembers(Project p) {
        Div box = new Div(new H3(t("project.similarMembers")));
        box.setId("similar-members");
        List<SimilarMember> people = similarProjects.membersInSimilarFields(p.getId(), 10);
        if (people.isEmpty()) {
            box.add(new Paragraph(t("project.similarMembersNone")));
        } else {
            UnorderedList list = new UnorderedList();
            people.forEach(m -> list.add(new ListItem(
                    new RouterLink(m.name(), ProfileView.class, m.memberId()),
                    new Span(" · " + (m.organisation() == null ? "" : m.organisation() + " · ")
                            + (m.sameRegion() ? t("project.yourRegion") : m.regionName())
                            + " · " + String.join(", ", m.sharedTopics())))));
            box.add(list);
        }
        return box;
    }

    /** Names link to profiles only for signed-in users, and only for members who agreed to be found. */
    private static Component person(Member m) {
        if (!m.isDirectoryConsent()) {
            return new Span(CurrentUser.isSignedIn() ? m.getFullName() : t("project.aMember"));
        }
        return CurrentUser.isSignedIn()
                ? new RouterLink(m.getFullName(), ProfileView.class, m.getId())
                : new Span(m.getFullName());
    }

    private static Component email(Member m) {
        if (CurrentUser.isSignedIn() && m.isDirectoryConsent() && m.isActive()) {
            Anchor mail = new Anchor("mailto:" + m.getEmail(), t("project.email"));
            mail.getElement().setAttribute("aria-label", t("project.emailAria", m.getFullName()));
            return new Span(new Span(" ("), mail, new Span(")"));
        }
        return new Span();
    }

    private void section(String heading, String text) {
        if (text != null && !text.isBlank()) {
            Paragraph body = new Paragraph(text);
            body.addClassName("bio");
            add(new H3(heading), body);
        }
    }

    private static String names(Collection<String> names) {
        return names.isEmpty() ? null : names.stream().collect(Collectors.joining(", "));
    }

    private static Span label(String text) {
        Span l = new Span(t("project.label", text));
        l.addClassName("label");
        return l;
    }

    private static Paragraph line(String label, String value) {
        return new Paragraph(label(label), new Span(value == null || value.isBlank() ? t("notGiven") : value));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
