package org.qcommons.projects;

import java.util.List;

/** The result of checking a file: every problem found, and how many data rows could be imported. */
public record CsvImportReport(int dataRows, int validRows, List<CsvProblem> problems) {
    public boolean clean() {
        return problems.isEmpty() && dataRows > 0;
    }
}
