package org.qcommons.security.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.qcommons.base.config.DisplayZone;
import org.qcommons.base.security.Role;
import org.qcommons.security.SecurityEvent;
import org.qcommons.security.SecurityEventService;
import org.qcommons.security.SecurityEventType;
import org.springframework.data.domain.PageRequest;

/** The security log for ADMINs: sign-ins, failures, locks, resets and role changes, filtered, with CSV export. */
@Route("admin/security-log")
@PageTitle("Security log | Q Commons")
@RolesAllowed(Role.ADMIN_ROLE)
public class SecurityLogView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final int EXPORT_MAX = 10_000;

    final MultiSelectComboBox<SecurityEventType> types = new MultiSelectComboBox<>("Kinds of event");
    final TextField user = new TextField("Account contains");
    final Grid<SecurityEvent> grid = new Grid<>();
    private final SecurityEventService events;

    public SecurityLogView(SecurityEventService events) {
        this.events = events;
        setSizeFull();
        types.setItems(EnumSet.allOf(SecurityEventType.class));
        types.setItemLabelGenerator(t -> t.name().toLowerCase().replace('_', ' '));
        types.setPlaceholder("All");
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        types.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        user.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(e -> WHEN.withZone(DisplayZone.get()).format(e.getOccurredAt()))
                .setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(e -> e.getType().name().toLowerCase().replace('_', ' ')).setHeader("Event");
        grid.addColumn(SecurityEvent::getUsername).setHeader("Account").setAutoWidth(true);
        grid.addColumn(SecurityEvent::getRemoteAddress).setHeader("Client address");
        grid.addColumn(SecurityEvent::getDetail).setHeader("Detail");
        grid.setItems(q ->
                events
                        .search(types.getValue(), user.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .stream());
        grid.setEmptyStateText("No events match these filters.");
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "security-log.csv", "text/csv", bytes.length);
                }),
                "Export as CSV");
        export.getElement().setAttribute("download", true);
        HorizontalLayout filters = new HorizontalLayout(types, user, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2("Security log"), filters, grid);
    }

    /** The rows the filters select, newest first, up to 10,000. */
    String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("when", "event", "account", "address", "detail")
                        .get())) {
            for (SecurityEvent e : events.search(types.getValue(), user.getValue(), PageRequest.of(0, EXPORT_MAX))) {
                printer.printRecord(
                        WHEN.withZone(DisplayZone.get()).format(e.getOccurredAt()),
                        e.getType().name(),
                        e.getUsername(),
                        e.getRemoteAddress(),
                        e.getDetail());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }
}
