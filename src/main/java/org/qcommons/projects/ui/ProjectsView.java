package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.NativeSelectField;
import org.qcommons.projects.ProjectCsvService;
import org.qcommons.projects.RegisterQuery;
import org.qcommons.projects.RegisterQueryCodec;
import org.qcommons.projects.RegisterReference;
import org.qcommons.projects.RegisterResult;
import org.qcommons.projects.RegisterSearch;

/**
 * The QI project register. One search box, facets with live counts and a lazy list. The whole search lives in
 * the URL: every change navigates to the new address, so it can be bookmarked and back and forward replay it.
 */
@Route("projects")
@Menu(order = 20, icon = "vaadin:lightbulb", title = "Projects")
@AnonymousAllowed
public class ProjectsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final NativeSelectField<RegisterQuery.Sort> sort = new NativeSelectField<>(t("projects.sortBy"));
    final FacetPanel facets;
    final ProjectResultList results = new ProjectResultList();
    final Span total = new Span();
    final Div emptyState = new Div();
    /** Made when a search finds nothing and a spelling suggestion exists; most open registers never need it. */
    Button suggestion;

    private final RegisterSearch register;
    private final RegisterQueryCodec codec;
    private RegisterQuery query = RegisterQuery.any();
    private long count;
    private boolean restoring;
    private String suggested = "";

    public ProjectsView(
            RegisterSearch register, RegisterQueryCodec codec, ProjectCsvService csv, RegisterReference reference) {
        this.register = register;
        this.codec = codec;
        this.facets = new FacetPanel(reference.choices(), this::changed);
        setSizeFull();
        addClassName("projects-view");

        search.setPlaceholder(t("projects.searchPlaceholder"));
        search.setAriaLabel(t("projects.searchAria"));
        search.setId("project-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(500);
        search.setWidth("min(28rem, 100%)");
        search.addValueChangeListener(e -> changed());
        sort.setId("project-sort");
        sort.setItems(List.of(RegisterQuery.Sort.values()));
        sort.setItemLabelGenerator(RegisterQuery.Sort::label);
        sort.setItemKeyGenerator(RegisterQuery.Sort::param);
        sort.setValue(RegisterQuery.Sort.RELEVANCE);
        sort.addValueChangeListener(e -> changed());

        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    csv.export(query, bytes);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes.toByteArray()), "projects.csv", "text/csv", bytes.size());
                }),
                t("projects.export"));
        export.getElement().setAttribute("download", true);
        export.setId("export-csv");

        HorizontalLayout bar = new HorizontalLayout(search, sort, total, export);
        // Bottom edges in line: the sort box's label sits above it, the search box has none.
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.setWrap(true);
        if (CurrentUser.isSignedIn()) {
            Button registerProject = new Button(
                    t("projects.register"),
                    VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(ProjectFormView.class));
            registerProject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(registerProject);
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
        add(new H2(t("projects.heading")), bar, body);
        setFlexGrow(1, body);
    }

    RegisterQuery query() {
        return query;
    }

    private void changed() {
        if (restoring) {
            return;
        }
        RegisterQuery next =
                facets.applyTo(RegisterQuery.text(search.getValue()).withSort(sort.getValue()));
        // Navigating (rather than replacing the address) gives each search its own history entry.
        UI.getCurrent().navigate(ProjectsView.class, QueryParameters.simple(codec.encode(next)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = codec.decode(
                event.getLocation().getQueryParameters().getParameters(),
                RegisterQueryCodec.Mode.LENIENT,
                CurrentUser.isSignedIn());
        restoring = true;
        try {
            search.setValue(query.hasText() ? query.text() : "");
            sort.setValue(query.sort());
            refresh();
        } finally {
            restoring = false;
        }
    }

    private void refresh() {
        // One call: the first page, the total, the counts and, if nothing matches, a spelling that would match.
        RegisterResult result = register.search(query, 0, ProjectResultList.PAGE);
        facets.show(result.facets(), query);
        count = result.total();
        total.setText(t("projects.total", count));
        RegisterQuery searched = query;
        results.show(
                (int) count,
                result.hits(),
                (offset, limit) -> register.page(searched, offset, limit).hits());
        results.setVisible(count > 0);
        emptyState.removeAll();
        emptyState.setVisible(count == 0);
        if (count == 0) {
            emptyState.add(new Paragraph(t("projects.none")));
            result.suggestion().ifPresent(s -> {
                if (suggestion == null) {
                    suggestion = new Button();
                    suggestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    suggestion.addClickListener(e -> search.setValue(suggested));
                }
                suggestion.setText(t("projects.didYouMean", s));
                suggested = s;
                emptyState.add(suggestion);
            });
            emptyState.add(new Paragraph(t("projects.tryAgain")));
        }
    }

    @Override
    public String getPageTitle() {
        return t("projects.pageTitle");
    }
}
