package org.qcommons.spc;

/** The Making Data Count variation icon, taken from the latest point. */
public enum VariationIcon {
    NO_DATA("No data yet"),
    TOO_FEW_POINTS("Too few points for special cause: Making Data Count looks for it from 13 points"),
    COMMON_CAUSE("Common cause variation"),
    IMPROVEMENT("Special cause variation: improvement"),
    CONCERN("Special cause variation: concern"),
    NEUTRAL_HIGH("Special cause variation: neither improvement nor concern, high"),
    NEUTRAL_LOW("Special cause variation: neither improvement nor concern, low");

    private final String label;

    VariationIcon(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The icon's text alternative in plain words, e.g. "Special cause: improvement, higher is better". */
    public String describe(Direction direction) {
        return switch (this) {
            case NO_DATA -> "No data yet";
            case TOO_FEW_POINTS -> "Too few points to judge variation yet: special cause is looked for from 13 points";
            case COMMON_CAUSE -> "Common cause: no significant change";
            case IMPROVEMENT ->
                "Special cause: improvement, " + direction.label().toLowerCase();
            case CONCERN -> "Special cause: concern, " + direction.label().toLowerCase();
            case NEUTRAL_HIGH -> "Special cause: unusually high, neither higher nor lower is better";
            case NEUTRAL_LOW -> "Special cause: unusually low, neither higher nor lower is better";
        };
    }

    /** Whether the icon points to high values (H on the icon) rather than low ones; null when neither. */
    public Side side(Direction direction) {
        return switch (this) {
            case IMPROVEMENT -> direction == Direction.DOWN ? Side.LOW : Side.HIGH;
            case CONCERN -> direction == Direction.DOWN ? Side.HIGH : Side.LOW;
            case NEUTRAL_HIGH -> Side.HIGH;
            case NEUTRAL_LOW -> Side.LOW;
            default -> null;
        };
    }
}
