package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A titled chart with its accessible alternative (a data table) and PNG and CSV downloads. Every chart in the
 * application goes through this, so none lacks a table or a download.
 */
public class ChartPanel extends VerticalLayout {

    final ChartCanvas canvas;
    final Grid<List<String>> table = new Grid<>();
    final Details tableDetails = new Details(t("chart.table"));
    final Paragraph empty = new Paragraph();
    final Anchor csv;
    final Button png = new Button(t("chart.png"), VaadinIcon.PICTURE.create());
    private final HorizontalLayout extras = new HorizontalLayout();
    private final String fileBase;
    private TableData data = new TableData(List.of(), List.of());

    public ChartPanel(String title, String fileBase, String emptyText) {
        this.fileBase = fileBase;
        addClassName("chart-panel");
        setPadding(false);
        canvas = new ChartCanvas(title);
        empty.setText(emptyText);
        empty.addClassName("empty-state");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.setAriaLabel(t("chart.tableAria", title));
        tableDetails.add(table);
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        png.getElement().setAttribute("aria-label", t("chart.pngAria", title));
        png.addClickListener(e -> canvas.downloadPng(fileBase + ".png"));
        csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = data.toCsv().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileBase + ".csv", "text/csv", bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                t("chart.csv"));
        csv.getElement().setAttribute("aria-label", t("chart.csvAria", title));
        csv.addClassName("download-link");
        HorizontalLayout actions = new HorizontalLayout(png, csv);
        actions.setAlignItems(Alignment.CENTER);
        add(new H3(title), extras, empty, canvas, actions, tableDetails);
    }

    /** Components shown between the title and the chart, such as the SPC icons. */
    public void setExtras(Component... components) {
        extras.removeAll();
        extras.add(components);
        extras.setVisible(components.length > 0);
    }

    public void show(ChartSpec spec, TableData tableData) {
        this.data = tableData;
        boolean hasData = !tableData.isEmpty();
        empty.setVisible(!hasData);
        canvas.setVisible(hasData);
        png.setVisible(hasData);
        csv.setVisible(hasData);
        tableDetails.setVisible(hasData);
        table.removeAllColumns();
        for (int i = 0; i < tableData.headers().size(); i++) {
            int column = i;
            table.addColumn(row -> column < row.size() ? row.get(column) : "")
                    .setHeader(tableData.headers().get(i))
                    .setKey("c" + i)
                    .setAutoWidth(true);
        }
        table.setItems(tableData.rows());
        if (hasData) {
            canvas.draw(spec);
        }
    }

    public TableData data() {
        return data;
    }

    public ChartCanvas canvas() {
        return canvas;
    }

    String fileBase() {
        return fileBase;
    }
}
