package org.qcommons.insights.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain data for one Chart.js chart. It is serialised to JSON and handed to the browser as a parameter, so no
 * script is ever built from data; the browser side (see {@link ChartCanvas}) turns it into a Chart.js config.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartSpec(
        String type,
        String title,
        List<String> labels,
        List<Dataset> datasets,
        List<Marker> markers,
        String xTitle,
        String yTitle,
        boolean horizontal,
        boolean stacked) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static ChartSpec bar(
            String title, List<String> labels, List<Dataset> datasets, String xTitle, String yTitle) {
        return new ChartSpec("bar", title, labels, datasets, List.of(), xTitle, yTitle, false, false);
    }

    public static ChartSpec line(
            String title, List<String> labels, List<Dataset> datasets, String xTitle, String yTitle) {
        return new ChartSpec("line", title, labels, datasets, List.of(), xTitle, yTitle, false, false);
    }

    public ChartSpec horizontally() {
        return new ChartSpec(type, title, labels, datasets, markers, xTitle, yTitle, true, stacked);
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /**
     * One series. Point styles, colours and radii may be a single value or one per point (a list): that is how
     * special-cause points get their own colour and shape.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dataset(
            String label,
            String type,
            List<Double> data,
            String borderColor,
            Object backgroundColor,
            Object pointStyle,
            Object pointRadius,
            Object pointBackgroundColor,
            List<Integer> borderDash,
            Double borderWidth,
            String stepped,
            Boolean showLine,
            Integer order) {

        public static Dataset bars(String label, List<Double> data, String colour) {
            return new Dataset(label, "bar", data, colour, colour, null, null, null, null, null, null, null, null);
        }

        public static Dataset line(String label, List<Double> data, String colour) {
            return new Dataset(label, "line", data, colour, colour, "circle", 3, colour, null, 2.0, null, null, null);
        }

        /**
         * A horizontal reference line (mean, limit, target). Chart.js's "before" steps keep the old value up to the
         * next point and jump there, so a new baseline's lines start exactly at its first point.
         */
        public static Dataset reference(
                String label, List<Double> data, String colour, List<Integer> dash, double width) {
            return new Dataset(label, "line", data, colour, colour, "line", 0, colour, dash, width, "before", true, 2);
        }

        public Dataset withPoints(Object style, Object radius, Object colour) {
            return new Dataset(
                    label,
                    type,
                    data,
                    borderColor,
                    backgroundColor,
                    style,
                    radius,
                    colour,
                    borderDash,
                    borderWidth,
                    stepped,
                    showLine,
                    order);
        }
    }

    /** A labelled vertical line at a category index: a PDSA cycle or a rebase. */
    public record Marker(int index, String label, String colour) {}
}
