package org.qcommons.projects.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qcommons.base.ui.NativeSelectField;
import org.qcommons.projects.ProjectCriteria;
import org.qcommons.projects.ProjectCsvService;
import org.qcommons.projects.ProjectFacets;
import org.qcommons.projects.ProjectService;
import org.qcommons.projects.ProjectSort;
import org.qcommons.base.security.CurrentUser;

/**
 * The QI project register. One search box, facets with live counts and a lazy list. The whole search lives in
 * the URL: every change navigates to the new address, so it can be bookmarked and back and forward replay it.
 */
@Route("projects")
@PageTitle("Projects | Q Commons")
@Menu(order = 20, icon = "vaadin:lightbulb", title = "Projects")
@AnonymousAllowed
public class ProjectsView extends VerticalLayout implements BeforeEnterObserver {

    final TextField search = new TextField();
    final NativeSelectField<ProjectSort> sort = new NativeSelectField<>("Sort by");
    final FacetPanel facets;
    final ProjectResultList results = new ProjectResultList();
    final Span total = new Span();
    final Div emptyState = new Div();
    /** Made when a search finds nothing and a spelling suggestion exists; most open registers never need it. */
    Button suggestion;
    private final ProjectService projects;
    private ProjectCriteria criteria = ProjectCriteria.any();
    private long count;
    private boolean restoring;
    private String suggested = "";

    public ProjectsView(ProjectService projects, ProjectCsvService csv, RegisterChoices choices) {
        this.projects = projects;
        RegisterChoices.Choices shared = choices.get();
        this.facets = new FacetPanel(shared.regions(), shared.stps(), shared.topics(), shared.methods(), this::changed);
        setSizeFull();
        addClassName("projects-view");

        search.setPlaceholder("Search projects: sepsis, frailty, \"patient flow\", COPD…");
        search.setAriaLabel("Search projects");
        search.setId("project-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(500);
        search.setWidth("28rem");
        search.addValueChangeListener(e -> changed());
        sort.setId("project-sort");
        sort.setItems(List.of(ProjectSort.values()));
        sort.setItemLabelGenerator(ProjectSort::label);
        sort.setItemKeyGenerator(s -> s.name().toLowerCase(Locale.ROOT));
        sort.setValue(ProjectSort.RELEVANCE);
        sort.addValueChangeListener(e -> changed());

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            csv.export(criteria, bytes);
            return new com.vaadin.flow.server.streams.DownloadResponse(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()), "projects.csv", "text/csv", bytes.size());
        }), "Export results as CSV");
        export.getElement().setAttribute("download", true);
        export.setId("export-csv");

        HorizontalLayout bar = new HorizontalLayout(search, sort, total, export);
        // Bottom edges in line: the sort box's label sits above it, the search box has none.
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.setWrap(true);
        if (CurrentUser.isSignedIn()) {
            Button register = new Button("Register a project", VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(ProjectFormView.class));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(register);
        }

        results.setWidthFull();

        emptyState.addClassName("empty-state");
        emptyState.setVisible(false);

        facets.setWidth("16rem");
        // Plain flex boxes (app.css) rather than layouts: they hold less per open UI.
        Div main = new Div(emptyState, results);
        main.addClassName("projects-main");
        Div body = new Div(facets, main);
        body.addClassName("projects-body");
        add(new H2("QI projects"), bar, body);
        setFlexGrow(1, body);
    }

    ProjectCriteria criteria() {
        return criteria;
    }

    private void changed() {
        if (restoring) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (!search.isEmpty()) params.put("q", search.getValue().trim());
        facets.toUrl(params);
        if (sort.getValue() != null && sort.getValue() != ProjectSort.RELEVANCE) {
            params.put("sort", sort.getValue().name().toLowerCase(Locale.ROOT));
        }
        // Navigating (rather than replacing the address) gives each search its own history entry.
        UI.getCurrent().navigate(ProjectsView.class, QueryParameters.simple(params));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, java.util.List<String>> params = event.getLocation().getQueryParameters().getParameters();
        ProjectSort sortOrder = FacetPanel.param(params, "sort").flatMap(v -> Arrays.stream(ProjectSort.values())
                .filter(s -> s.name().equalsIgnoreCase(v)).findFirst()).orElse(ProjectSort.RELEVANCE);
        String text = FacetPanel.param(params, "q").map(q -> q.length() > 200 ? q.substring(0, 200) : q).orElse(null);
        criteria = facets.fromUrl(params, ProjectCriteria.any().withText(text).withSort(sortOrder));
        restoring = true;
        try {
            search.setValue(text == null ? "" : text);
            sort.setValue(sortOrder);
            refresh();
        } finally {
            restoring = false;
        }
    }

    private void refresh() {
        ProjectFacets counts = projects.facets(criteria);
        facets.show(counts, criteria);
        count = counts.total();
        total.setText(count == 1 ? "1 project" : String.format("%,d projects", count));
        ProjectCriteria searched = criteria;
        results.show((int) count, (offset, limit) -> projects.search(searched, offset, limit));
        results.setVisible(count > 0);
        emptyState.removeAll();
        emptyState.setVisible(count == 0);
        if (count == 0) {
            emptyState.add(new Paragraph("No projects match this search."));
            Optional<String> better = criteria.hasText() ? projects.didYouMean(criteria.text()) : Optional.empty();
            better.ifPresent(s -> {
                if (suggestion == null) {
                    suggestion = new Button();
                    suggestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    suggestion.addClickListener(e -> search.setValue(suggested));
                }
                suggestion.setText("Did you mean: " + s + "?");
                suggested = s;
                emptyState.add(suggestion);
            });
            emptyState.add(new Paragraph("Try fewer or different words, check the spelling, or clear a filter. "
                    + "Abbreviations such as COPD, AKI or A&E find the same projects as the words in full."));
        }
    }
}
