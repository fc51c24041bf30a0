package org.qcommons.insights.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Span;
import org.qcommons.spc.AssuranceIcon;
import org.qcommons.spc.Direction;
import org.qcommons.spc.Side;
import org.qcommons.spc.VariationIcon;

/**
 * The Making Data Count variation and assurance icons, drawn as SVG. Each is an image with a text alternative in
 * plain words (its title and aria-label), and the same words are shown beside it, so colour is never the only cue.
 */
final class SpcIcons {

    static final String GREY = "#7b7d7d";
    static final String BLUE = "#005eb8";
    static final String ORANGE = "#e07b00";
    static final String PURPLE = "#490092";

    private SpcIcons() {}

    static Span variation(VariationIcon icon, Direction direction) {
        String colour = switch (icon) {
            case IMPROVEMENT -> BLUE;
            case CONCERN -> ORANGE;
            case NEUTRAL_HIGH, NEUTRAL_LOW -> PURPLE;
            default -> GREY;
        };
        Side side = icon.side(direction);
        String letter = side == null ? "" : side == Side.HIGH ? "H" : "L";
        // Dots along a line: flat for common cause, rising or falling towards the side of the signal.
        double[] ys = side == null
                ? new double[] {30, 26, 30, 26, 30}
                : side == Side.HIGH ? new double[] {34, 32, 30, 22, 18} : new double[] {18, 20, 22, 30, 34};
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < ys.length; i++) {
            boolean special = side != null && i >= 3;
            dots.append("<circle cx='")
                    .append(12 + i * 6)
                    .append("' cy='")
                    .append(ys[i])
                    .append("' r='2.6' fill='")
                    .append(special ? colour : GREY)
                    .append("'/>");
        }
        String text = icon.describe(direction);
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 48 48' width='40' height='40' "
                + "aria-hidden='true' focusable='false'><title>" + escape(text) + "</title>"
                + "<circle cx='24' cy='24' r='21' fill='white' stroke='" + colour + "' stroke-width='3'/>"
                + dots + "<text x='24' y='16' text-anchor='middle' font-size='11' font-weight='bold' "
                + "font-family='sans-serif' fill='" + colour + "'>" + letter + "</text></svg>";
        return icon(svg, text, "spc-variation-icon");
    }

    static Span assurance(AssuranceIcon icon) {
        String colour = switch (icon) {
            case CONSISTENTLY_PASSES -> BLUE;
            case CONSISTENTLY_FAILS -> ORANGE;
            default -> GREY;
        };
        String letter = switch (icon) {
            case CONSISTENTLY_PASSES -> "P";
            case CONSISTENTLY_FAILS -> "F";
            default -> "?";
        };
        String text = icon.describe();
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 48 48' width='40' height='40' "
                + "aria-hidden='true' focusable='false'><title>" + escape(text) + "</title>"
                + "<circle cx='24' cy='24' r='21' fill='white' stroke='" + colour + "' stroke-width='3'/>"
                + "<path d='M8 30 Q16 22 24 30 T40 30' fill='none' stroke='" + GREY + "' stroke-width='2'/>"
                + "<line x1='8' y1='36' x2='40' y2='36' stroke='" + colour + "' stroke-width='2' "
                + "stroke-dasharray='4 2'/><text x='24' y='20' text-anchor='middle' font-size='14' "
                + "font-weight='bold' font-family='sans-serif' fill='" + colour + "'>" + letter + "</text></svg>";
        return icon(svg, text, "spc-assurance-icon");
    }

    private static Span icon(String svg, String text, String className) {
        Svg image = new Svg(svg);
        Span label = new Span(text);
        label.addClassName("spc-icon-text");
        Span wrapper = new Span(image, label);
        wrapper.addClassNames("spc-icon", className);
        wrapper.getElement().setAttribute("role", "img");
        wrapper.getElement().setAttribute("aria-label", text);
        wrapper.getElement().setAttribute("title", text);
        return wrapper;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
