package org.qcommons.insights.ui;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The numbers behind a chart, for the accessible table and the CSV download. */
public record TableData(List<String> headers, List<List<String>> rows) {

    public TableData {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String toCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(headers.toArray(String[]::new))
                        .get())) {
            for (List<String> row : rows) {
                // A leading = + - @ (or tab, carriage return) would be run as a formula by spreadsheet programs.
                printer.printRecord(row.stream().map(TableData::defuse).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String defuse(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        boolean number = cell.matches("-?\\d+(\\.\\d+)?");
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return !number && formula ? "'" + cell : cell;
    }
}
