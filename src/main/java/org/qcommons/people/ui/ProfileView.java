package org.qcommons.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.people.Member;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ui.MemberProjectsSection;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;
import org.qcommons.security.AccountService;
import org.qcommons.security.CurrentUser;
import org.qcommons.skills.MemberSkill;
import org.qcommons.skills.SkillService;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** A member's profile. Later features (projects, skills, groups) add their sections below the basics. */
@Route("people")
@PermitAll
public class ProfileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final MemberService members;
    private final AccountService accounts;
    private final SkillService skills;
    private final ProjectRecords projectRecords;
    private String title = "Profile | Q Commons";

    public ProfileView(MemberService members, AccountService accounts, SkillService skills, ProjectRecords projectRecords) {
        this.members = members;
        this.accounts = accounts;
        this.skills = skills;
        this.projectRecords = projectRecords;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Member m = members.profile(id).orElseThrow(NotFoundException::new);
        title = m.getFullName() + " | Q Commons";
        removeAll();
        add(new H2(m.getFullName()));
        HorizontalLayout badges = new HorizontalLayout();
        if (m.isFoundingCohort()) badges.add(badge("Founding cohort"));
        if (m.isPatientOrCarer()) badges.add(badge("Patient or carer"));
        if (m.isQConnector()) badges.add(badge("Q connector"));
        if (m.getStatus() != MemberStatus.ACTIVE) badges.add(badge(m.getStatus().name().toLowerCase()));
        add(badges);
        add(line("Profession", m.getProfession()), line("Job title", m.getJobTitle()),
                line("Organisation", m.getOrganisation() == null ? null : m.getOrganisation().getName()),
                line("STP", m.getStp() == null ? null : m.getStp().getName()),
                line("Region", m.getRegion() == null ? null : m.getRegion().getName()),
                line("Joined Q", m.getJoinedQ() == null ? null : DATE.format(m.getJoinedQ())));
        if (m.getBio() != null && !m.getBio().isBlank()) {
            Paragraph bio = new Paragraph(m.getBio());
            bio.addClassName("bio");
            add(bio);
        }
        if (m.isDirectoryConsent() && m.isActive()) {
            add(new Anchor("mailto:" + m.getEmail(), "Email " + m.getFullName()));
        }
        add(new H3("Skills"));
        List<MemberSkill> held = skills.skillsOf(m.getId());
        if (held.isEmpty()) {
            add(new Paragraph("No skills recorded yet."));
        } else {
            Div list = new Div();
            held.forEach(ms -> list.add(badge(ms.getSkill().getName() + " · " + ms.getLevel().label()
                    + (ms.isOffered() ? " · offered" : ""))));
            add(list);
        }
        add(new MemberProjectsSection(projectRecords, m.getId()));
        add(actions(m));
    }

    private HorizontalLayout actions(Member m) {
        HorizontalLayout actions = new HorizontalLayout();
        if (members.canEdit(m)) {
            Button edit = new Button("Edit profile", e -> getUI().ifPresent(ui ->
                    ui.navigate(EditProfileView.class, m.getId())));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button data = new Button("Personal data", e -> getUI().ifPresent(ui ->
                    ui.navigate(MyDataView.class, m.getId())));
            actions.add(edit, data);
        }
        boolean self = CurrentUser.memberId().filter(m.getId()::equals).isPresent();
        if (CurrentUser.isAdmin() && !self) {
            boolean active = m.getStatus() == MemberStatus.ACTIVE;
            Button toggle = new Button(active ? "Deactivate account" : "Reactivate account", e -> {
                ConfirmDialog confirm = new ConfirmDialog(active ? "Deactivate " + m.getFullName() + "?" : "Reactivate?",
                        active ? "They will no longer be able to sign in, and will disappear from the directory."
                                : "They will be able to sign in again.",
                        active ? "Deactivate" : "Reactivate", ok -> {
                    try {
                        if (active) accounts.deactivate(m.getId()); else accounts.reactivate(m.getId());
                        UserMessages.showSuccess(active ? "Account deactivated" : "Account reactivated");
                        getUI().ifPresent(ui -> ui.getPage().reload());
                    } catch (RuntimeException ex) {
                        UserMessages.showError(ex);
                    }
                });
                confirm.setCancelable(true);
                confirm.open();
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(toggle);
        }
        return actions;
    }

    private static Span badge(String text) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        return s;
    }

    private static Paragraph line(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("label");
        return new Paragraph(l, new Span(value == null || value.isBlank() ? "Not given" : value));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
