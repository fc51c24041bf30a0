package org.qcommons.projects;

/** One thing wrong with an uploaded file: the spreadsheet row (1 is the header), the column and what to fix. */
public record CsvProblem(int row, String column, String problem) {}
