package org.qcommons.skills.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.qcommons.base.AbstractEntity;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.skills.MemberSkill;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillSearchFilter;
import org.qcommons.skills.SkillService;

/** Finds members by skill. Only members who agreed to be listed appear; the filters live in the URL. */
@Route("skills")
@PageTitle("Skills search | Q Commons")
@Menu(order = 11, icon = "vaadin:search", title = "Skills search")
@PermitAll
public class SkillSearchView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<Skill> skill = new ComboBox<>("Skill");
    final ComboBox<SkillLevel> minLevel = new ComboBox<>("Minimum level");
    final ComboBox<Region> region = new ComboBox<>("Region");
    final ComboBox<Stp> stp = new ComboBox<>("STP");
    final IntegerField minDays = new IntegerField("Available days per quarter, at least");
    final Checkbox offeredOnly = new Checkbox("Offered through the concordat only");
    final Grid<MemberSkill> grid = new Grid<>(MemberSkill.class, false);
    private final SkillService skills;
    private final OrganisationService organisations;
    private boolean restoring;

    public SkillSearchView(SkillService skills, OrganisationService organisations) {
        this.skills = skills;
        this.organisations = organisations;
        setSizeFull();
        skill.setItems(skills.activeSkills());
        skill.setItemLabelGenerator(Skill::getName);
        minLevel.setItems(SkillLevel.values());
        minLevel.setItemLabelGenerator(SkillLevel::label);
        region.setItems(organisations.regions());
        stp.setItems(organisations.stps());
        minDays.setMin(0);
        minDays.setMax(65);
        minDays.setValueChangeMode(ValueChangeMode.LAZY);
        for (var c : new ComboBox<?>[] {skill, minLevel, region, stp}) {
            c.setClearButtonVisible(true);
        }
        region.addValueChangeListener(e -> stp.setItems(organisations.stps(e.getValue())));
        skill.addValueChangeListener(e -> filterChanged());
        minLevel.addValueChangeListener(e -> filterChanged());
        region.addValueChangeListener(e -> filterChanged());
        stp.addValueChangeListener(e -> filterChanged());
        minDays.addValueChangeListener(e -> filterChanged());
        offeredOnly.addValueChangeListener(e -> filterChanged());

        grid.addColumn(ms -> ms.getMember().getFullName())
                .setHeader("Member")
                .setSortable(true)
                .setSortProperty("member.fullName")
                .setAutoWidth(true);
        grid.addColumn(ms -> ms.getSkill().getName())
                .setHeader("Skill")
                .setSortable(true)
                .setSortProperty("skill.name");
        grid.addColumn(ms -> ms.getLevel().label())
                .setHeader("Level")
                .setSortable(true)
                .setSortProperty("level");
        grid.addColumn(ms -> ms.isOffered() ? "Yes" : "No").setHeader("Offered");
        grid.addColumn(ms -> ms.getMember().getOrganisation() == null
                        ? ""
                        : ms.getMember().getOrganisation().getName())
                .setHeader("Organisation");
        grid.addColumn(ms -> ms.getMember().getStp() == null
                        ? ""
                        : ms.getMember().getStp().getName())
                .setHeader("STP");
        grid.addColumn(ms -> ms.getMember().getAvailabilityDaysPerQuarter())
                .setHeader("Days/quarter")
                .setSortable(true)
                .setSortProperty("member.availabilityDaysPerQuarter");
        grid.addColumn(ms -> (ms.getMember().isWorksRemotely() ? "Remote" : "")
                        + (ms.getMember().isWorksRemotely() && ms.getMember().isCanTravel() ? ", " : "")
                        + (ms.getMember().isCanTravel() ? "Travels" : ""))
                .setHeader("Works");
        grid.setEmptyStateText("No listed members match. Try a lower level, a wider area or fewer days.");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("people/" + e.getItem().getMember().getId())));
        grid.setItems(q -> skills.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());

        FlexLayout filters = new FlexLayout(skill, minLevel, region, stp, minDays, offeredOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");
        add(new H2("Skills search"), filters, grid);
        setFlexGrow(1, grid);
    }

    SkillSearchFilter filter() {
        return new SkillSearchFilter(
                id(skill.getValue()),
                minLevel.getValue(),
                id(region.getValue()),
                id(stp.getValue()),
                minDays.getValue(),
                offeredOnly.getValue());
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        Map<String, String> params = new LinkedHashMap<>();
        if (skill.getValue() != null)
            params.put("skill", String.valueOf(skill.getValue().getId()));
        if (minLevel.getValue() != null) params.put("level", minLevel.getValue().name());
        if (region.getValue() != null) params.put("region", region.getValue().getSlug());
        if (stp.getValue() != null)
            params.put("stp", String.valueOf(stp.getValue().getId()));
        if (minDays.getValue() != null) params.put("days", String.valueOf(minDays.getValue()));
        if (offeredOnly.getValue()) params.put("offered", "true");
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, "skills?" + QueryParameters.simple(params).getQueryString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            q.getSingleParameter("skill")
                    .flatMap(SkillSearchView::parseLong)
                    .flatMap(id -> skills.activeSkills().stream()
                            .filter(s -> s.getId().equals(id))
                            .findFirst())
                    .ifPresent(skill::setValue);
            q.getSingleParameter("level").flatMap(SkillSearchView::parseLevel).ifPresent(minLevel::setValue);
            q.getSingleParameter("region").flatMap(organisations::regionBySlug).ifPresent(region::setValue);
            q.getSingleParameter("stp")
                    .flatMap(SkillSearchView::parseLong)
                    .flatMap(id -> organisations.stps().stream()
                            .filter(s -> s.getId().equals(id))
                            .findFirst())
                    .ifPresent(stp::setValue);
            q.getSingleParameter("days")
                    .flatMap(SkillSearchView::parseLong)
                    .map(Long::intValue)
                    .ifPresent(minDays::setValue);
            q.getSingleParameter("offered").map("true"::equals).ifPresent(offeredOnly::setValue);
        } finally {
            restoring = false;
        }
        grid.getDataProvider().refreshAll();
    }

    private static Optional<SkillLevel> parseLevel(String s) {
        try {
            return Optional.of(SkillLevel.valueOf(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Long id(AbstractEntity e) {
        return e == null ? null : e.getId();
    }
}
