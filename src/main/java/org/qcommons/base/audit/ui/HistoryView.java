package org.qcommons.base.audit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.qcommons.base.audit.AuditService;

/**
 * The history of any audited record (agenda items with their minutes, decisions, exchanges, ledger entries), at
 * history/{type}/{id}. ADMINs see all; others only what the record's feature allows, checked by AuditService.
 */
@Route("history/:type([a-z-]{1,40})/:id(\\d{1,18})")
@PageTitle("History | Q Commons")
@PermitAll
public class HistoryView extends VerticalLayout implements BeforeEnterObserver {

    private static final Map<String, String> NAMES = Map.of(
            "agenda-item",
            "agenda item and its minutes",
            "decision",
            "decision",
            "exchange",
            "exchange",
            "ledger-entry",
            "ledger entry",
            "project",
            "project");

    private final AuditService audit;
    HistoryPanel history;

    public HistoryView(AuditService audit) {
        this.audit = audit;
        setMaxWidth("64rem");
    }

    /** A link to a record's history, for the features' own pages; show it only to those who may follow it. */
    public static RouterLink link(String text, String type, Long id) {
        RouterLink link = new RouterLink(
                text, HistoryView.class, new RouteParameters(Map.of("type", type, "id", String.valueOf(id))));
        link.addClassName("history-link");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String type = event.getRouteParameters().get("type").orElse("");
        Long id = event.getRouteParameters().getLong("id").orElse(null);
        Class<?> audited = audit.typeNamed(type).orElse(null);
        if (audited == null || id == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!audit.maySeeHistory(audited, id)) {
            event.rerouteToError(
                    AccessDeniedException.class, "Only administrators and the record's owners may see its history.");
            return;
        }
        history = new HistoryPanel(audit.history(audited, id));
        removeAll();
        add(
                new H2("History of " + NAMES.getOrDefault(type, "record") + " " + id),
                new Paragraph("Who changed what and when, newest first."),
                history);
    }
}
