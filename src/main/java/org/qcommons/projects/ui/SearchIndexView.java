package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.ViewerContext;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.projects.IndexStatus;
import org.qcommons.projects.ProjectIndex;

/**
 * Index health for ADMINs. Rebuilding runs on Hibernate Search's own threads; progress reaches this browser by
 * server push, and nobody else waits for it.
 */
@Route("admin/search-index")
@Menu(order = 92, icon = "vaadin:search", title = "Search index")
@RolesAllowed(Role.ADMIN_ROLE)
public class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    final Span indexed = new Span();
    final Span database = new Span();
    final Span state = new Span();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Button rebuild = new Button(t("index.rebuild"));
    private final ProjectIndex projectIndex;

    public SearchIndexView(ProjectIndex projectIndex) {
        this.projectIndex = projectIndex;
        indexed.setId("indexed-count");
        database.setId("database-count");
        state.setId("index-state");
        progress.setVisible(false);
        progress.setWidth("24rem");
        progress.getElement().setAttribute("aria-label", t("index.progress"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> startRebuild());
        add(
                new H2(t("index.heading")),
                new Paragraph(t("index.intro")),
                new Paragraph(new Span(t("index.indexed")), indexed),
                new Paragraph(new Span(t("index.database")), database),
                state,
                progress,
                rebuild);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }

    void refresh() {
        IndexStatus status = projectIndex.indexStatus();
        indexed.setText(String.valueOf(status.indexedDocuments()));
        database.setText(String.valueOf(status.databaseRows()));
        boolean running = projectIndex.isRebuilding();
        state.setText(running ? t("index.running") : status.inStep() ? t("index.inStep") : t("index.differs"));
        rebuild.setEnabled(!running);
    }

    void startRebuild() {
        UI ui = UI.getCurrent();
        // The completion runs on an indexer thread: carry this admin's security context to it, and leave that
        // thread with its own afterwards.
        var viewer = ViewerContext.capture();
        rebuild.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        state.setText(t("index.rebuilding"));
        try {
            projectIndex
                    .rebuildIndex(value -> ui.access(() -> progress.setValue(value)))
                    .whenComplete((ok, error) -> ui.access(() -> viewer.run(() -> {
                        progress.setVisible(false);
                        refresh();
                        if (error != null) {
                            UserMessages.showError(error);
                        } else {
                            UserMessages.showSuccess(t("index.rebuilt"));
                        }
                    })));
        } catch (RuntimeException e) {
            progress.setVisible(false);
            refresh();
            UserMessages.showError(e);
        }
    }

    @Override
    public String getPageTitle() {
        return t("index.pageTitle");
    }
}
