package org.qcommons.insights.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.qcommons.spc.AssuranceIcon;
import org.qcommons.spc.ChartKind;
import org.qcommons.spc.Signal;
import org.qcommons.spc.SpcPoint;
import org.qcommons.spc.SpcResult;
import org.qcommons.spc.SpcRule;
import org.qcommons.spc.VariationIcon;

/**
 * An SPC chart in the Making Data Count style: special-cause points differ by colour and by shape (triangle for
 * improvement, diamond for concern), so the chart does not rely on colour alone.
 */
public class SpcChart extends ChartPanel {

    public static final String COMMON = "#7b7d7d";
    public static final String IMPROVEMENT = "#005eb8";
    public static final String CONCERN = "#e07b00";
    public static final String TARGET = "#da291c";
    public static final String MARKER = "#6b4fbb";

    /** A dated label on the chart: a PDSA cycle or a rebase. */
    public record ChartNote(LocalDate date, String label) {}

    final Span variationIcon = new Span();
    final Span assuranceIcon = new Span();
    final UnorderedList notes = new UnorderedList();

    public SpcChart(String title, String fileBase) {
        super(
                title,
                fileBase,
                "No data points yet. Add some below: a run chart appears from the first point, "
                        + "process limits from 13.");
        variationIcon.addClassName("spc-icon");
        assuranceIcon.addClassName("spc-icon");
        setExtras(variationIcon, assuranceIcon, notes);
    }

    public void show(SpcResult result, String unit, List<ChartNote> annotations) {
        variationIcon.setText(result.variation().label());
        variationIcon
                .getElement()
                .setAttribute("title", "Variation: " + result.variation().label());
        variationIcon.setClassName("spc-icon "
                + switch (result.variation()) {
                    case IMPROVEMENT -> "spc-improvement";
                    case CONCERN -> "spc-concern";
                    default -> "spc-common";
                });
        variationIcon.setVisible(result.variation() != VariationIcon.NO_DATA);
        assuranceIcon.setText(result.assurance().label());
        assuranceIcon.setClassName("spc-icon "
                + switch (result.assurance()) {
                    case CONSISTENTLY_PASSES -> "spc-pass";
                    case CONSISTENTLY_FAILS -> "spc-fail";
                    default -> "spc-hitmiss";
                });
        assuranceIcon.setVisible(result.assurance() != AssuranceIcon.NONE);
        notes.removeAll();
        result.notes().forEach(n -> notes.add(new ListItem(n)));
        notes.setVisible(!result.notes().isEmpty() && !result.points().isEmpty());
        show(spec(result, unit, annotations), table(result));
    }

    static ChartSpec spec(SpcResult r, String unit, List<ChartNote> annotations) {
        List<SpcPoint> points = r.points();
        List<String> labels = points.stream().map(p -> p.date().toString()).toList();
        List<Double> values = points.stream().map(SpcPoint::value).toList();
        List<String> styles = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        List<Integer> radii = new ArrayList<>();
        for (SpcPoint p : points) {
            styles.add(
                    switch (p.signal()) {
                        case IMPROVEMENT -> "triangle";
                        case CONCERN -> "rectRot";
                        case NONE -> "circle";
                    });
            colours.add(colour(p.signal()));
            radii.add(p.isSpecialCause() ? 6 : 3);
        }
        List<ChartSpec.Dataset> datasets = new ArrayList<>();
        datasets.add(ChartSpec.Dataset.line("Data", values, COMMON).withPoints(styles, radii, colours));
        boolean xmr = r.kind() == ChartKind.XMR;
        datasets.add(ChartSpec.Dataset.reference(
                xmr ? "Mean" : "Median", points.stream().map(SpcPoint::centre).toList(), "#212b32", null, 2));
        if (xmr) {
            datasets.add(ChartSpec.Dataset.reference(
                    "Upper process limit",
                    points.stream().map(SpcPoint::upperLimit).toList(),
                    "#768692",
                    List.of(6, 4),
                    1.5));
            datasets.add(ChartSpec.Dataset.reference(
                    "Lower process limit",
                    points.stream().map(SpcPoint::lowerLimit).toList(),
                    "#768692",
                    List.of(6, 4),
                    1.5));
            datasets.add(ChartSpec.Dataset.reference(
                    "Upper 2 sigma",
                    points.stream().map(SpcPoint::upperTwoSigma).toList(),
                    "#aeb7bd",
                    List.of(2, 3),
                    1));
            datasets.add(ChartSpec.Dataset.reference(
                    "Lower 2 sigma",
                    points.stream().map(SpcPoint::lowerTwoSigma).toList(),
                    "#aeb7bd",
                    List.of(2, 3),
                    1));
        }
        if (r.target() != null && !points.isEmpty()) {
            datasets.add(ChartSpec.Dataset.reference(
                    "Target", points.stream().map(p -> r.target()).toList(), TARGET, List.of(8, 4), 2));
        }
        List<ChartSpec.Marker> markers = new ArrayList<>();
        for (ChartNote note : annotations) {
            int index = indexOnOrAfter(points, note.date());
            if (index >= 0) {
                markers.add(new ChartSpec.Marker(index, note.label(), MARKER));
            }
        }
        // A baseline start gets its own marker only if no annotation already labels that point.
        for (int s = 1; s < r.segments().size(); s++) {
            int index = indexOnOrAfter(points, r.segments().get(s).start());
            if (markers.stream().noneMatch(m -> m.index() == index)) {
                markers.add(new ChartSpec.Marker(index, "Rebase", "#212b32"));
            }
        }
        return new ChartSpec("line", null, labels, datasets, markers, "Date", unit, false, false);
    }

    private static int indexOnOrAfter(List<SpcPoint> points, LocalDate date) {
        for (int i = 0; i < points.size(); i++) {
            if (!points.get(i).date().isBefore(date)) {
                return i;
            }
        }
        return -1;
    }

    static String colour(Signal signal) {
        return switch (signal) {
            case IMPROVEMENT -> IMPROVEMENT;
            case CONCERN -> CONCERN;
            case NONE -> COMMON;
        };
    }

    static TableData table(SpcResult r) {
        boolean xmr = r.kind() == ChartKind.XMR;
        List<String> headers = xmr
                ? List.of(
                        "Date",
                        "Value",
                        "Mean",
                        "Lower process limit",
                        "Upper process limit",
                        "Lower 2 sigma",
                        "Upper 2 sigma",
                        "Signal",
                        "Rules")
                : List.of("Date", "Value", "Median", "Signal", "Rules");
        List<List<String>> rows = new ArrayList<>();
        for (SpcPoint p : r.points()) {
            String rules = p.ruleSet().stream().map(SpcRule::label).collect(Collectors.joining("; "));
            rows.add(
                    xmr
                            ? List.of(
                                    p.date().toString(),
                                    number(p.value()),
                                    number(p.centre()),
                                    number(p.lowerLimit()),
                                    number(p.upperLimit()),
                                    number(p.lowerTwoSigma()),
                                    number(p.upperTwoSigma()),
                                    p.signal().label(),
                                    rules)
                            : List.of(
                                    p.date().toString(),
                                    number(p.value()),
                                    number(p.centre()),
                                    p.signal().label(),
                                    rules));
        }
        return new TableData(headers, rows);
    }

    static String number(Double d) {
        return d == null ? "" : new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(d);
    }
}
