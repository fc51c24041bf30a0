package org.qcommons.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;

/** A member's profile. Later features (projects, skills, groups) add their sections below the basics. */
@Route("people")
@PermitAll
public class ProfileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final MemberService members;
    private final List<ProfileSection> sections;
    private String title = "Profile | Q Commons";

    public ProfileView(MemberService members, List<ProfileSection> sections) {
        this.members = members;
        this.sections = sections;
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
        if (m.getStatus() != MemberStatus.ACTIVE)
            badges.add(badge(m.getStatus().name().toLowerCase()));
        add(badges);
        add(
                line("Profession", m.getProfession()),
                line("Job title", m.getJobTitle()),
                line(
                        "Organisation",
                        m.getOrganisation() == null ? null : m.getOrganisation().getName()),
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
        sections.forEach(section -> add(section.create(m)));
        add(actions(m));
    }

    private HorizontalLayout actions(Member m) {
        HorizontalLayout actions = new HorizontalLayout();
        if (members.canEdit(m)) {
            Button edit = new Button(
                    "Edit profile", e -> getUI().ifPresent(ui -> ui.navigate(EditProfileView.class, m.getId())));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button data =
                    new Button("Personal data", e -> getUI().ifPresent(ui -> ui.navigate(MyDataView.class, m.getId())));
            actions.add(edit, data);
        }
        return actions;
    }

    static Span badge(String text) {
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
