package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
 * improvement, diamond for concern, square for neither), so the chart does not rely on colour alone. A ghosted point
 * is a larger hollow circle, and the data table says it is ghosted and why (decision 127). The MDC icons and warnings
 * sit above it, and an XmR chart has its moving-range chart below.
 */
public class SpcChart extends ChartPanel {

    public static final String COMMON = "#7b7d7d";
    public static final String IMPROVEMENT = "#005eb8";
    public static final String CONCERN = "#e07b00";
    public static final String NEUTRAL = "#490092";
    public static final String TARGET = "#da291c";
    public static final String MARKER = "#6b4fbb";
    /** A ghosted point is hollow: white inside the grey ring of the data line. */
    public static final String GHOST_FILL = "#ffffff";

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A dated label on the chart: a PDSA cycle or a rebase. */
    public record ChartNote(LocalDate date, String label) {}

    final Div variationIcon = new Div();
    final Div assuranceIcon = new Div();
    final UnorderedList notes = new UnorderedList();
    final UnorderedList warnings = new UnorderedList();
    final MovingRangeChart movingRange;

    public SpcChart(String title, String fileBase) {
        super(title, fileBase, t("spc.empty"));
        movingRange = new MovingRangeChart(title, fileBase);
        warnings.addClassName("spc-warnings");
        warnings.getElement().setAttribute("aria-label", t("spc.warningsAria"));
        setExtras(variationIcon, assuranceIcon, notes, warnings);
        add(movingRange);
    }

    public void show(SpcResult result, String unit, List<ChartNote> annotations) {
        show(result, unit, annotations, Map.of());
    }

    /** {@code ghostReasons} gives, by date, why each ghosted point is left out, for the data table. */
    public void show(SpcResult result, String unit, List<ChartNote> annotations, Map<LocalDate, String> ghostReasons) {
        variationIcon.removeAll();
        variationIcon.add(SpcIcons.variation(result.variation(), result.direction()));
        variationIcon.setVisible(
                result.variation() != VariationIcon.NO_DATA && result.variation() != VariationIcon.TOO_FEW_POINTS);
        assuranceIcon.removeAll();
        assuranceIcon.add(SpcIcons.assurance(result.assurance()));
        assuranceIcon.setVisible(result.assurance() != AssuranceIcon.NONE);
        notes.removeAll();
        result.notes().forEach(n -> notes.add(new ListItem(n)));
        notes.setVisible(!result.notes().isEmpty() && !result.points().isEmpty());
        warnings.removeAll();
        result.warnings().forEach(w -> warnings.add(new ListItem(t("spc.warning", w.message()))));
        warnings.setVisible(!result.warnings().isEmpty());
        show(spec(result, unit, annotations), table(result, ghostReasons));
        movingRange.show(result);
    }

    /** The variation icon's text alternative, as a screen reader hears it. */
    String variationText() {
        return variationIcon
                .getChildren()
                .findFirst()
                .map(c -> c.getElement().getAttribute("aria-label"))
                .orElse("");
    }

    String assuranceText() {
        return assuranceIcon
                .getChildren()
                .findFirst()
                .map(c -> c.getElement().getAttribute("aria-label"))
                .orElse("");
    }

    List<String> warningTexts() {
        return warnings.getChildren().map(c -> c.getElement().getText()).toList();
    }

    static ChartSpec spec(SpcResult r, String unit, List<ChartNote> annotations) {
        List<SpcPoint> points = r.points();
        List<String> labels = points.stream().map(p -> UK_DATE.format(p.date())).toList();
        List<Double> values = points.stream().map(SpcPoint::value).toList();
        List<String> styles = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        List<Integer> radii = new ArrayList<>();
        for (SpcPoint p : points) {
            styles.add(
                    switch (p.signal()) {
                        case IMPROVEMENT -> "triangle";
                        case CONCERN -> "rectRot";
                        case NEUTRAL -> "rect";
                        case NONE -> "circle";
                    });
            colours.add(p.ghosted() ? GHOST_FILL : colour(p.signal()));
            radii.add(p.isSpecialCause() || p.ghosted() ? 6 : 3);
        }
        List<ChartSpec.Dataset> datasets = new ArrayList<>();
        datasets.add(
                ChartSpec.Dataset.line(r.kind() == ChartKind.T ? t("spc.daysBetween") : t("spc.data"), values, COMMON)
                        .withPoints(styles, radii, colours));
        // qicharts2 draws the median red and dashed when the Anhøj rules find non-random variation.
        boolean runsSignal = r.runs() != null && r.runs().signal();
        datasets.add(ChartSpec.Dataset.reference(
                r.kind().runChart() ? (runsSignal ? t("spc.medianSignal") : t("spc.median")) : t("spc.mean"),
                line(points, SpcPoint::centre),
                runsSignal ? TARGET : "#212b32",
                runsSignal ? List.of(8, 4) : null,
                2));
        addIfDrawn(datasets, t("spc.upper"), line(points, SpcPoint::upperLimit), "#768692", List.of(6, 4), 1.5);
        addIfDrawn(datasets, t("spc.lower"), line(points, SpcPoint::lowerLimit), "#768692", List.of(6, 4), 1.5);
        addIfDrawn(datasets, t("spc.upper2"), line(points, SpcPoint::upperTwoSigma), "#aeb7bd", List.of(2, 3), 1);
        addIfDrawn(datasets, t("spc.lower2"), line(points, SpcPoint::lowerTwoSigma), "#aeb7bd", List.of(2, 3), 1);
        addIfDrawn(datasets, t("spc.target"), line(points, SpcPoint::target), TARGET, List.of(8, 4), 2);
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
                markers.add(new ChartSpec.Marker(index, t("spc.rebase"), "#212b32"));
            }
        }
        return new ChartSpec("line", null, labels, datasets, markers, t("date"), unit, false, false);
    }

    private static List<Double> line(List<SpcPoint> points, Function<SpcPoint, Double> value) {
        return points.stream().map(value).toList();
    }

    private static void addIfDrawn(
            List<ChartSpec.Dataset> datasets,
            String label,
            List<Double> data,
            String colour,
            List<Integer> dash,
            double width) {
        if (data.stream().anyMatch(d -> d != null)) {
            datasets.add(ChartSpec.Dataset.reference(label, data, colour, dash, width));
        }
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
            case NEUTRAL -> NEUTRAL;
            case NONE -> COMMON;
        };
    }

    static TableData table(SpcResult r) {
        return table(r, Map.of());
    }

    static TableData table(SpcResult r, Map<LocalDate, String> ghostReasons) {
        boolean limits = !r.kind().runChart();
        List<String> headers = limits
                ? List.of(
                        t("date"),
                        r.kind() == ChartKind.T ? t("spc.daysSince") : t("value"),
                        t("spc.mean"),
                        t("spc.lower"),
                        t("spc.upper"),
                        t("spc.lower2"),
                        t("spc.upper2"),
                        t("spc.target"),
                        t("spc.signal"),
                        t("spc.rules"))
                : List.of(t("date"), t("value"), t("spc.median"), t("spc.signal"), t("spc.rules"));
        List<List<String>> rows = new ArrayList<>();
        for (SpcPoint p : r.points()) {
            String rules = p.ruleSet().stream().map(SpcRule::label).collect(Collectors.joining("; "));
            String signal = p.ghosted()
                    ? ghosted(ghostReasons.get(p.date()))
                    : p.conflict()
                            ? t("spc.bothWays", p.signal().label())
                            : p.signal().label();
            rows.add(
                    limits
                            ? List.of(
                                    UK_DATE.format(p.date()),
                                    number(p.value()),
                                    number(p.centre()),
                                    number(p.lowerLimit()),
                                    number(p.upperLimit()),
                                    number(p.lowerTwoSigma()),
                                    number(p.upperTwoSigma()),
                                    number(p.target()),
                                    signal,
                                    rules)
                            : List.of(UK_DATE.format(p.date()), number(p.value()), number(p.centre()), signal, rules));
        }
        return new TableData(headers, rows);
    }

    /** The table's text for a ghosted point: its alternative to the hollow marker. */
    static String ghosted(String reason) {
        return reason == null || reason.isBlank() ? t("spc.ghosted") : t("spc.ghostedWhy", reason);
    }

    static String number(Double d) {
        return d == null ? "" : new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(d);
    }
}
