package org.qcommons.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two columns pasted from a spreadsheet (tab-separated) or a CSV file: a date and a value per line. Good rows and
 * bad rows are kept apart, each bad row with its line number and the reason, so nothing the user pasted is lost.
 */
public record PastedData(List<Row> rows, List<Problem> problems) {

    public record Row(int line, LocalDate date, double value) {}

    public record Problem(int line, String text, String message) {
        @Override
        public String toString() {
            return "Line " + line + ": " + message;
        }
    }

    // Both English and UK short month names: Java's UK locale spells September "Sept".
    private static final List<DateTimeFormatter> DAYS = List.of(
            f("uuuu-MM-dd", Locale.UK),
            f("d/M/uuuu", Locale.UK),
            f("d-M-uuuu", Locale.UK),
            f("d MMM uuuu", Locale.UK),
            f("d MMM uuuu", Locale.ENGLISH),
            f("d MMMM uuuu", Locale.UK));
    private static final List<DateTimeFormatter> MONTHS = List.of(
            f("uuuu-MM", Locale.UK),
            f("MMM uuuu", Locale.UK),
            f("MMM uuuu", Locale.ENGLISH),
            f("MMMM uuuu", Locale.UK),
            f("M/uuuu", Locale.UK),
            f("MMM-uu", Locale.ENGLISH));

    private static DateTimeFormatter f(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * These rows less those whose date is taken (already stored, or earlier in this paste), each reported by line
     * rather than overwriting what is there; {@code taken} gains the dates kept.
     */
    PastedData withoutDates(String text, Set<LocalDate> taken) {
        List<Problem> all = new ArrayList<>(problems);
        List<Row> kept = new ArrayList<>();
        for (Row row : rows) {
            if (taken.add(row.date())) {
                kept.add(row);
            } else {
                all.add(new Problem(
                        row.line(),
                        lineOf(text, row.line()),
                        DuplicateDateException.UK_DATE.format(row.date()) + " already has a value"));
            }
        }
        all.sort(Comparator.comparingInt(Problem::line));
        return new PastedData(List.copyOf(kept), List.copyOf(all));
    }

    /** The text of a 1-based line of a paste, for a problem that is found after parsing. */
    static String lineOf(String text, int line) {
        String[] lines = text.split("\\R", -1);
        return line - 1 < lines.length ? lines[line - 1] : "";
    }

    public static PastedData parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (text == null) {
            return new PastedData(rows, problems);
        }
        String[] lines = text.split("\\R", -1);
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = split(line);
            if (cells.length != 2) {
                problems.add(new Problem(
                        lineNo,
                        lines[i],
                        "expected two columns, a date and a value, separated by " + "a comma or a tab"));
                continue;
            }
            LocalDate date = date(cells[0]);
            Double value = number(cells[1]);
            if (date == null && value == null && rows.isEmpty() && problems.isEmpty()) {
                continue; // a header row such as "Month, Admissions"
            }
            if (date == null) {
                problems.add(new Problem(
                        lineNo,
                        lines[i],
                        "\"" + cells[0] + "\" is not a date: use 2024-01-31, " + "31/01/2024 or Jan 2024"));
            } else if (value == null) {
                problems.add(new Problem(lineNo, lines[i], "\"" + cells[1] + "\" is not a number"));
            } else if (!seen.add(date)) {
                problems.add(new Problem(
                        lineNo,
                        lines[i],
                        DuplicateDateException.UK_DATE.format(date)
                                + " appears more than once: each date may have one value"));
            } else {
                rows.add(new Row(lineNo, date, value));
            }
        }
        return new PastedData(List.copyOf(rows), List.copyOf(problems));
    }

    private static String[] split(String line) {
        String[] cells = line.contains("\t")
                ? line.split("\t", -1)
                : line.contains(";") && !line.contains(",") ? line.split(";", -1) : line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip().replaceAll("^\"|\"$", "").strip();
        }
        return cells;
    }

    static LocalDate date(String cell) {
        for (DateTimeFormatter f : DAYS) {
            try {
                return LocalDate.parse(cell, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        for (DateTimeFormatter f : MONTHS) {
            try {
                return YearMonth.parse(cell, f).atDay(1);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    static Double number(String cell) {
        String c = cell.replace("%", "").replace("£", "").strip();
        if (!c.matches("-?\\d+(\\.\\d+)?|-?\\.\\d+")) {
            return null;
        }
        double d = Double.parseDouble(c);
        return Double.isFinite(d) ? d : null;
    }

    /** The bad lines as they were pasted, to put back in the box for correction. */
    public String rejectedText() {
        return String.join("\n", problems.stream().map(Problem::text).toList());
    }
}
